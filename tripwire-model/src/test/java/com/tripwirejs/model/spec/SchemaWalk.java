package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a JSON document along its schema and reports the objects the schema declares properties
 * for (model objects, as opposed to free-form maps) and the string values the schema restricts to
 * an enum.
 */
public final class SchemaWalk {

  /** Properties that select a union variant; their values are not mutated as plain enums. */
  private static final Set<String> DISCRIMINATED = Set.of("ApiKey", "WebhookEventEnvelope");

  private final TripwireSpec spec;
  private final List<ObjectNode> modelObjects = new ArrayList<>();
  private final List<EnumValue> enumValues = new ArrayList<>();

  /** A string value that the schema restricts to an enum, and where it sits. */
  public record EnumValue(JsonNode container, String field, int index, String path) {

    /** Replaces the value in the document. */
    public void replace(String value) {
      if (container instanceof ObjectNode) {
        ((ObjectNode) container).put(field, value);
      } else {
        ((com.fasterxml.jackson.databind.node.ArrayNode) container).set(index, value);
      }
    }
  }

  private SchemaWalk(TripwireSpec spec) {
    this.spec = spec;
  }

  /** Walks a document against a component schema. */
  public static SchemaWalk of(TripwireSpec spec, String schemaName, JsonNode document) {
    SchemaWalk walk = new SchemaWalk(spec);
    walk.visit("$", document, spec.schema(schemaName), schemaName, null, null, -1);
    return walk;
  }

  /** The JSON objects that are model objects, root first. */
  public List<ObjectNode> modelObjects() {
    return modelObjects;
  }

  /** The enum-valued strings found inside objects. */
  public List<EnumValue> enumValues() {
    return enumValues;
  }

  private void visit(
      String path,
      JsonNode node,
      JsonNode schema,
      String schemaName,
      JsonNode container,
      String field,
      int index) {
    if (schema.has("$ref")) {
      String name = SchemaTypes.refName(schema);
      visit(path, node, spec.schema(name), name, container, field, index);
      return;
    }
    if (node.isNull()) {
      return;
    }
    if (schema.has("anyOf") || schema.has("oneOf")) {
      JsonNode branch = chooseBranch(node, schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf"));
      if (branch != null) {
        visit(path, node, branch, schemaName, container, field, index);
      }
      return;
    }
    if (schema.has("enum") && node.isTextual() && container != null) {
      boolean discriminator = "type".equals(field) && DISCRIMINATED.contains(ownerSchema);
      if (!discriminator) {
        enumValues.add(new EnumValue(container, field, index, path));
      }
      return;
    }
    if (node.isArray()) {
      JsonNode items = schema.path("items");
      for (int i = 0; i < node.size(); i++) {
        visit(path + "[" + i + "]", node.get(i), items, schemaName, node, field, i);
      }
      return;
    }
    if (node.isObject()) {
      Map<String, JsonNode> properties = properties(schema);
      if (properties.isEmpty()) {
        return; // a free-form map
      }
      modelObjects.add((ObjectNode) node);
      String previousOwnerSchema = ownerSchema;
      ownerSchema = schemaName;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode propertySchema = properties.get(entry.getKey());
        if (propertySchema != null) {
          visit(
              path + "." + entry.getKey(),
              entry.getValue(),
              propertySchema,
              schemaName,
              node,
              entry.getKey(),
              -1);
        }
      }
      ownerSchema = previousOwnerSchema;
    }
  }

  private String ownerSchema = "";

  /** Declared properties, including those an {@code allOf} of references adds. */
  private Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> result = new java.util.LinkedHashMap<>();
    for (JsonNode part : schema.path("allOf")) {
      if (part.has("$ref")) {
        spec.schema(SchemaTypes.refName(part)).path("properties").properties().forEach(
            e -> result.put(e.getKey(), e.getValue()));
      }
    }
    schema.path("properties").properties().forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** The union branch a value belongs to: the first whose type and required properties fit. */
  private JsonNode chooseBranch(JsonNode node, JsonNode branches) {
    for (JsonNode branch : branches) {
      JsonNode resolved = branch.has("$ref") ? spec.schema(SchemaTypes.refName(branch)) : branch;
      if (fits(node, resolved)) {
        return branch;
      }
    }
    return null;
  }

  private boolean fits(JsonNode node, JsonNode schema) {
    String type = schema.path("type").asText("");
    if (node.isObject()) {
      if (!type.isEmpty() && !type.equals("object")) {
        return false;
      }
      for (JsonNode required : schema.path("required")) {
        if (!node.has(required.asText())) {
          return false;
        }
      }
      JsonNode object = schema.path("properties").path("object").path("const");
      return object.isMissingNode() || object.equals(node.get("object"));
    }
    if (node.isArray()) {
      return type.equals("array");
    }
    if (node.isTextual()) {
      return type.equals("string");
    }
    if (node.isNumber()) {
      return type.equals("number") || (type.equals("integer") && node.isIntegralNumber());
    }
    if (node.isBoolean()) {
      return type.equals("boolean");
    }
    return false;
  }

}
