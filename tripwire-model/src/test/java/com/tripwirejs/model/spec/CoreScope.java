package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of a generation of the contract the core modules model, found from the contract's own data
 * rather than from lists of names: everything but Gate (its operations under {@code /v1/gate},
 * the schemas only they use, and the schemas built on those, such as Gate's webhook payload), and
 * which values only older generations have, which the core reads as unknown open-enum values.
 */
public final class CoreScope {

  /** The path prefix of Gate's operations in the generations that have Gate. */
  public static final String GATE_PATH_PREFIX = "/v1/gate";

  private CoreScope() {}

  /** Whether an operation path of the contract is Gate's. */
  public static boolean isGatePath(String path) {
    return path.startsWith(GATE_PATH_PREFIX);
  }

  /**
   * The component schemas of a generation that are Gate's: those only Gate's operations refer to,
   * and, among the schemas no operation refers to (webhook payloads), those that contain a Gate
   * schema through a property, an array item or an {@code allOf} part (a union that merely lists
   * one as an alternative, such as the webhook envelope, is not Gate's). Empty for a generation
   * without Gate.
   */
  public static Set<String> gateSchemas(TripwireSpec spec) {
    JsonNode schemas = spec.openapi().path("components").path("schemas");
    Set<String> fromGate = new HashSet<>();
    Set<String> fromCore = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.openapi().path("paths").properties().iterator();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      collectRefs(path.getValue(), schemas, isGatePath(path.getKey()) ? fromGate : fromCore, true);
    }
    Set<String> gate = new TreeSet<>(fromGate);
    gate.removeAll(fromCore);
    if (gate.isEmpty()) {
      return gate;
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (gate.contains(name) || fromCore.contains(name) || fromGate.contains(name)) {
          continue;
        }
        Set<String> contained = new HashSet<>();
        collectRefs(schemas.get(name), schemas, contained, false);
        if (contained.stream().anyMatch(gate::contains)) {
          gate.add(name);
          grew = true;
        }
      }
    }
    return gate;
  }

  /**
   * The schema names a node refers to. Transitively and through union alternatives when {@code
   * deep}; otherwise only the direct references outside {@code anyOf}/{@code oneOf}.
   */
  private static void collectRefs(JsonNode node, JsonNode schemas, Set<String> out, boolean deep) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
        String name = SchemaTypes.refName(node);
        if (out.add(name) && deep) {
          collectRefs(schemas.path(name), schemas, out, true);
        }
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (!deep && (member.getKey().equals("anyOf") || member.getKey().equals("oneOf"))) {
          continue;
        }
        collectRefs(member.getValue(), schemas, out, deep);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collectRefs(item, schemas, out, deep);
      }
    }
  }

  /**
   * Today's contract ({@code foil-spec}) when it is configured: the one the core models, against
   * which the values of older generations are judged.
   */
  public static Optional<TripwireSpec> current() {
    return TripwireSpec.configuredDirectory(SpecGeneration.FOIL).isPresent()
        ? Optional.of(TripwireSpec.of(SpecGeneration.FOIL))
        : Optional.empty();
  }

  /** Every string that an {@code enum} or {@code const} of a contract's schemas allows. */
  public static Set<String> enumValues(TripwireSpec spec) {
    Set<String> values = new LinkedHashSet<>();
    JsonTrees.forEachObject(
        spec.openapi().path("components"),
        node -> {
          for (JsonNode value : node.path("enum")) {
            if (value.isTextual()) {
              values.add(value.asText());
            }
          }
          if (node.path("const").isTextual()) {
            values.add(node.get("const").asText());
          }
        });
    return values;
  }
}
