package com.tripwirejs.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.tripwirejs.model.spec.CoreScope;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.ModelWalker;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.SchemaWalk;
import com.tripwirejs.model.spec.SpecGeneration;
import com.tripwirejs.model.spec.TripwireSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The model against every configured generation of the contract: every API and error fixture of
 * {@code fixtures/manifest.json} and every {@code example} of a component schema in {@code
 * openapi.json} read into their typed model, written back, and compared with the input as JSON.
 * Gate's operations, schemas and vectors are the Gate module's to check ({@link CoreScope} finds
 * them from the contract's data).
 *
 * <p>A first pass proves "typed": no property lands in an unknown-properties bag, no enum value is
 * unknown, no union falls back to its unknown variant; for an older generation, only what today's
 * contract no longer has (a Gate scope, a retired event type) may be an unknown value or variant,
 * kept losslessly. A second pass proves "forward compatible": each input gets an extra property in
 * every object and an unknown value in every enum, and must still round-trip with the typed
 * accessors answering.
 */
class ConformanceTest {

  /** One input of the suite: its generation, a name, the JSON, and the schema it follows. */
  record Case(TripwireSpec spec, String name, JsonNode json, String schemaName, JavaType type) {}

  @TestFactory
  Stream<DynamicTest> everyFixtureAndSchemaExampleRoundTripsFullyTyped() {
    List<Case> cases = cases();
    AtomicInteger passed = new AtomicInteger();
    Stream<DynamicTest> tests =
        cases.stream()
            .map(
                c ->
                    DynamicTest.dynamicTest(
                        c.name(),
                        () -> {
                          Object typed = roundTrip(c.json(), c.type());
                          ModelWalker.Report report = ModelWalker.walk(typed);
                          if (SchemaTypes.isRetired(c.schemaName(), c.json())) {
                            // Only an older generation has it: lossless, but not typed today.
                            assertThat(report.unknownProperties()).isEmpty();
                            passed.incrementAndGet();
                            return;
                          }
                          assertThat(report.unknownProperties())
                              .as("properties that did not bind to a typed accessor")
                              .isEmpty();
                          assertThat(report.unknownEnumValues())
                              .as("unknown enum values that today's contract has")
                              .filteredOn(v -> !onlyInOlderGenerations(c, v.substring(v.indexOf('=') + 1)))
                              .isEmpty();
                          assertThat(report.unknownVariants())
                              .as("unknown variants of a type today's contract has")
                              .filteredOn(v -> !onlyInOlderGenerations(c, variantType(c.json(), v)))
                              .isEmpty();
                          passed.incrementAndGet();
                        }));
    return Stream.concat(
        tests,
        Stream.of(
            DynamicTest.dynamicTest(
                "summary",
                () -> {
                  long fixtures = cases.stream().filter(c -> c.name().contains(" fixture ")).count();
                  long examples = cases.stream().filter(c -> c.name().contains(" example ")).count();
                  System.out.printf(
                      "Conformance: %d fixtures and %d schema examples checked, %d fully typed"
                          + " and lossless, %d failed%n",
                      fixtures, examples, passed.get(), cases.size() - passed.get());
                  assertThat(passed.get()).isEqualTo(cases.size());
                })));
  }

  @TestFactory
  Stream<DynamicTest> mutatedInputsStayLosslessAndTyped() {
    return eachCase(
        c -> {
          // What only an older generation has is raw JSON today: no model object to count.
          Assumptions.assumeFalse(SchemaTypes.isRetired(c.schemaName(), c.json()), "retired");
          JsonNode mutated = c.json().deepCopy();
          SchemaWalk walk = SchemaWalk.of(c.spec(), c.schemaName(), mutated);
          int unknownValues = 0;
          for (SchemaWalk.EnumValue value : walk.enumValues()) {
            value.replace("tripwire_future_value_" + unknownValues++);
          }
          addFutureProperties(walk);
          Object typed = roundTrip(mutated, c.type());
          if (!ModelWalker.walk(TripwireJson.read(c.json().toString().getBytes(StandardCharsets.UTF_8), c.type()))
              .unknownVariants()
              .isEmpty()) {
            // A variant today's contract no longer has keeps its data raw: lossless, not walked.
            return;
          }
          ModelWalker.Report report = ModelWalker.walk(typed);
          assertThat(report.unknownProperties())
              .as("one unknown property per model object")
              .hasSize(walk.modelObjects().size())
              .allMatch(path -> path.endsWith(".tripwire_future_property"));
          assertThat(report.unknownEnumValues())
              .as("every mutated enum value kept as an unknown value")
              .hasSize(unknownValues)
              .allMatch(v -> v.contains("=tripwire_future_value_"));
        });
  }

  /**
   * Each input read with one object's first member written twice, for every object in it: model
   * objects, maps, free-form JSON, union variants; then each input with an unknown property at
   * the end of every model object, read with one object's last member written twice. Reading a
   * model class leaves duplicate names to the model's own deserializers instead of the parser, so
   * this proves that none slips through, and that the failure names where it is.
   */
  @TestFactory
  Stream<DynamicTest> aNameRepeatedInAnyObjectFailsWithItsPath() {
    return eachCase(
        c -> {
          assertEveryRepeatedNameFails(c.json(), c.type(), false);
          JsonNode mutated = c.json().deepCopy();
          addFutureProperties(SchemaWalk.of(c.spec(), c.schemaName(), mutated));
          assertEveryRepeatedNameFails(mutated, c.type(), true);
        });
  }

  /** One test of every case, named after it. */
  private static Stream<DynamicTest> eachCase(ThrowingConsumer<Case> test) {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> test.accept(c)));
  }

  private static void assertEveryRepeatedNameFails(JsonNode input, JavaType type, boolean last) {
    int objects = 0;
    for (int target = 0; ; target++) {
      DuplicatingWriter writer = new DuplicatingWriter(target, last);
      byte[] json = writer.write(input).getBytes(StandardCharsets.UTF_8);
      if (writer.duplicatedPath == null) {
        break;
      }
      objects++;
      TripwireJsonException e =
          catchThrowableOfType(TripwireJsonException.class, () -> TripwireJson.read(json, type));
      assertThat(e).as("repeated %s", writer.duplicatedPath).isNotNull();
      assertThat(e.getMessage())
          .as("repeated %s", writer.duplicatedPath)
          .startsWith("Duplicate property in JSON object at line ");
      assertThat(e.path()).isEqualTo(writer.duplicatedPath);
    }
    assertThat(objects).as("objects a name was repeated in").isEqualTo(objectsWithMembers(input));
  }

  private static int objectsWithMembers(JsonNode node) {
    int count = node.isObject() && node.size() > 0 ? 1 : 0;
    for (JsonNode child : node) {
      count += objectsWithMembers(child);
    }
    return count;
  }

  /**
   * Writes a JSON tree as text, with the first (or last) member of its nth object, depth first,
   * twice.
   */
  private static final class DuplicatingWriter {
    private final int target;
    private final boolean last;
    private final StringBuilder out = new StringBuilder();
    private int objects;
    String duplicatedPath;

    DuplicatingWriter(int target, boolean last) {
      this.target = target;
      this.last = last;
    }

    String write(JsonNode node) {
      write(node, "$");
      return out.toString();
    }

    private void write(JsonNode node, String path) {
      if (node.isObject()) {
        boolean duplicate = node.size() > 0 && objects++ == target;
        out.append('{');
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); index++) {
          Map.Entry<String, JsonNode> member = it.next();
          String memberPath = path + segment(member.getKey());
          boolean repeated = duplicate && index == (last ? node.size() - 1 : 0);
          for (int i = 0; i < (repeated ? 2 : 1); i++) {
            out.append(index > 0 || i > 0 ? "," : "");
            out.append(TextNode.valueOf(member.getKey())).append(':');
            write(member.getValue(), memberPath);
          }
          if (repeated) {
            duplicatedPath = memberPath;
          }
        }
        out.append('}');
      } else if (node.isArray()) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i > 0 ? "," : "");
          write(node.get(i), path + "[" + i + "]");
        }
        out.append(']');
      } else {
        out.append(node);
      }
    }

    private static String segment(String name) {
      return name.matches("[A-Za-z0-9_]+")
          ? "." + name
          : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
  }

  /** Adds a property the model does not know, holding an object, to every model object. */
  private static void addFutureProperties(SchemaWalk walk) {
    List<ObjectNode> objects = walk.modelObjects();
    for (int depth = 0; depth < objects.size(); depth++) {
      objects.get(depth).putObject("tripwire_future_property").put("n", depth);
    }
  }

  /** Reads, writes back, compares; returns the typed value. */
  private static Object roundTrip(JsonNode input, JavaType type) {
    byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
    Object typed = TripwireJson.read(bytes, type);
    JsonNode written = TripwireJson.readTree(TripwireJson.writeBytes(typed));
    assertThat(JsonTrees.difference(input, written)).as("difference after the round trip").isEmpty();
    Object again = TripwireJson.read(TripwireJson.writeBytes(typed), type);
    assertThat(again).as("read of the written JSON equals the first read").isEqualTo(typed);
    return typed;
  }

  /** Every case of every configured generation, each name starting with the generation. */
  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (TripwireSpec spec : TripwireSpec.configured()) {
      cases.addAll(cases(spec));
    }
    return cases;
  }

  private static List<Case> cases(TripwireSpec spec) {
    SchemaTypes types = new SchemaTypes(spec);
    Set<String> gate = CoreScope.gateSchemas(spec);
    Set<String> current = currentSchemas();
    List<Case> cases = new ArrayList<>();
    for (TripwireSpec.FixtureEntry entry : spec.manifest()) {
      if (!entry.hasBody() || CoreScope.isGatePath(entry.path())) {
        continue;
      }
      JsonNode schemaRef =
          spec.operation(entry.method(), entry.path())
              .path("responses")
              .path(String.valueOf(entry.status()))
              .path("content")
              .path("application/json")
              .path("schema");
      String schemaName = SchemaTypes.refName(schemaRef);
      cases.add(
          new Case(
              spec,
              spec + " fixture " + entry.file() + " (" + entry.method() + " " + entry.path() + ")",
              spec.fixture(entry.file()),
              schemaName,
              types.javaType(schemaName)));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it =
            spec.openapi().path("components").path("schemas").properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      if (!schema.getValue().has("example") || gate.contains(schema.getKey())) {
        continue;
      }
      JavaType type;
      try {
        type = types.javaType(schema.getKey());
      } catch (AssertionError e) {
        if (current != null && !current.contains(schema.getKey())) {
          // A type only older generations have, without a class of its own: its values are read
          // through their containers, as unknown values.
          continue;
        }
        throw e;
      }
      cases.add(
          new Case(
              spec,
              spec + " example " + schema.getKey(),
              schema.getValue().get("example"),
              schema.getKey(),
              type));
    }
    // Not here: the body of fixtures/webhooks/signature.json, a signing vector whose payload is
    // abbreviated (a session.result.persisted event with only the session id), not a schema
    // example; the webhook module checks it.
    return cases;
  }

  /** The schema names of today's contract, or null when it is not configured. */
  private static Set<String> currentSchemas() {
    return CoreScope.current()
        .map(
            spec -> {
              Set<String> names = new HashSet<>();
              spec.openapi().path("components").path("schemas").fieldNames().forEachRemaining(names::add);
              return names;
            })
        .orElse(null);
  }

  /**
   * Whether a value of an older generation's case is one that today's contract no longer has (a
   * Gate scope, a retired event type), which the core reads as an unknown value. Never for a case
   * of today's contract, nor when today's contract is not configured to judge by.
   */
  private static boolean onlyInOlderGenerations(Case c, String value) {
    if (c.spec().generation() == SpecGeneration.FOIL || value == null) {
      return false;
    }
    return CoreScope.current().map(CoreScope::enumValues).map(v -> !v.contains(value)).orElse(false);
  }

  /** The {@code type} in the input at the path of an unknown variant ("$.data[0]: ..."). */
  private static String variantType(JsonNode input, String variant) {
    String path = variant.substring(0, variant.indexOf(':'));
    JsonNode node = input;
    Matcher step = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]").matcher(path.substring(1));
    while (step.find()) {
      node = step.group(1) != null ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
    }
    return node.path("type").isTextual() ? node.get("type").asText() : null;
  }
}
