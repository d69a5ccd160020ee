package com.tripwirejs.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.spec.CoreScope;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.SpecGeneration;
import com.tripwirejs.model.spec.TripwireSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Driven by today's contract ({@code foil-spec}): every property of every schema the core models,
 * nested inline objects included, has a typed accessor, and every property the schema requires is
 * a required property of the model (older generations' answers that lack one are read as absent,
 * see {@code AbsentInOlderGenerations}).
 */
class CurrentContractAccessorsTest {

  @TestFactory
  Stream<DynamicTest> everyPropertyOfTodaysContractIsAnAccessorAndEveryRequiredOneIsRequired() {
    TripwireSpec spec = TripwireSpec.of(SpecGeneration.FOIL);
    SchemaTypes types = new SchemaTypes(spec);
    List<DynamicTest> tests = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it =
            spec.openapi().path("components").path("schemas").properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      if (!schema.getValue().has("properties")) {
        continue;
      }
      JavaType type = types.javaType(schema.getKey());
      // Schemas with a model class of their own name: not the response envelopes, which share
      // the generic Envelope and ListEnvelope, nor the event envelopes of the WebhookEvent union.
      if (!TripwireObject.class.isAssignableFrom(type.getRawClass())
          || !type.getRawClass().getSimpleName().equals(schema.getKey())) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              schema.getKey(),
              () -> {
                List<String> problems = new ArrayList<>();
                check(spec, schema.getValue(), type.getRawClass(), schema.getKey(), problems);
                assertThat(problems).isEmpty();
              }));
    }
    assertThat(tests).hasSizeGreaterThan(70);
    return tests.stream();
  }

  @Test
  void theSessionAndApiKeyPropertiesNewInTodaysContractAreAmongThem() {
    TripwireSpec spec = TripwireSpec.of(SpecGeneration.FOIL);
    SchemaTypes types = new SchemaTypes(spec);
    for (String name : List.of("SessionSummary", "SessionDetail", "ApiKey", "IssuedApiKey")) {
      List<String> problems = new ArrayList<>();
      check(spec, spec.schema(name), types.javaType(name).getRawClass(), name, problems);
      assertThat(problems).as(name).isEmpty();
      assertThat(spec.schema(name).path("required").toString())
          .containsAnyOf("\"client_user_id\"", "\"client_target\"");
    }
    assertThat(CoreScope.gateSchemas(spec)).as("today's contract has no Gate").isEmpty();
  }

  private static void check(
      TripwireSpec spec, JsonNode schema, Class<?> model, String where, List<String> problems) {
    Map<String, Method> accessors = accessors(model);
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Map.Entry<String, JsonNode> property : properties(spec, schema).entrySet()) {
      String name = property.getKey();
      Method accessor = accessors.get(name);
      if (accessor == null) {
        problems.add(where + "." + name + " has no accessor in " + model.getSimpleName());
        continue;
      }
      if (required.contains(name) && !accessor.getAnnotation(JsonProperty.class).required()) {
        problems.add(where + "." + name + " is required by the contract but not by the model");
      }
      JsonNode inline = inlineObject(property.getValue());
      Type returned = accessor.getGenericReturnType();
      if (inline == null && property.getValue().path("type").asText().equals("array")) {
        inline = inlineObject(property.getValue().path("items"));
        returned =
            returned instanceof ParameterizedType
                ? ((ParameterizedType) returned).getActualTypeArguments()[0]
                : null;
      }
      if (inline != null && returned instanceof Class<?>) {
        check(spec, inline, (Class<?>) returned, where + "." + name, problems);
      }
    }
  }

  /** An inline object schema with properties (not a reference), directly or as a union branch. */
  private static JsonNode inlineObject(JsonNode schema) {
    if (schema.has("properties") && !schema.has("$ref")) {
      return schema;
    }
    for (JsonNode branch : schema.path("anyOf")) {
      if (branch.has("properties")) {
        return branch;
      }
    }
    return null;
  }

  private static Map<String, JsonNode> properties(TripwireSpec spec, JsonNode schema) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    for (JsonNode part : schema.path("allOf")) {
      if (part.has("$ref")) {
        spec.schema(SchemaTypes.refName(part)).path("properties").properties()
            .forEach(e -> result.put(e.getKey(), e.getValue()));
      }
    }
    schema.path("properties").properties().forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  private static Map<String, Method> accessors(Class<?> model) {
    Map<String, Method> result = new HashMap<>();
    for (Method m : model.getMethods()) {
      JsonProperty json = m.getAnnotation(JsonProperty.class);
      if (json != null && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
        result.put(json.value().isEmpty() ? m.getName() : json.value(), m);
      }
    }
    return result;
  }
}
