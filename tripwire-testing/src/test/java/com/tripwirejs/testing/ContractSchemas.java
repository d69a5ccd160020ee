package com.tripwirejs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.tripwirejs.model.spec.TripwireSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of one contract's {@code openapi.json}, applied by an independent validator
 * (networknt json-schema-validator, OpenAPI 3.1 dialect = JSON Schema 2020-12, with {@code format}
 * asserted): each schema is addressed by its JSON pointer into the document, so {@code $ref}s
 * resolve as the document states them.
 */
final class ContractSchemas {
  /** One operation of the contract: its id, method (lower case), path template and object. */
  record Operation(String id, String method, String path, JsonNode node) {}

  private final TripwireSpec spec;
  private final String documentUri;
  private final SchemaRegistry registry;
  private final Map<String, Schema> cache = new ConcurrentHashMap<>();

  ContractSchemas(TripwireSpec spec) {
    this.spec = spec;
    // The document under a name of its own; the validator reads it from memory, never the network.
    this.documentUri = "https://contract.invalid/" + spec + "/openapi.json";
    String document = spec.openapi().toString();
    this.registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(),
            builder -> builder
                .schemas(Map.of(documentUri, document))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** Every operation of the contract, in document order. */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : spec.openapi().path("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (method.getValue().has("operationId")) {
          operations.add(new Operation(
              method.getValue().get("operationId").asText(), method.getKey(), path.getKey(), method.getValue()));
        }
      }
    }
    return operations;
  }

  /** The operation with that id. */
  Operation operation(String operationId) {
    return operations().stream()
        .filter(o -> o.id().equals(operationId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The contract has no operation " + operationId));
  }

  /** The pointer of the response schema of {@code status}, or empty when the operation does not list it. */
  Optional<String> responseSchema(Operation operation, int status) {
    JsonNode response = operation.node().path("responses").path(String.valueOf(status));
    if (response.isMissingNode()) {
      return Optional.empty();
    }
    return Optional.of(pointer(operation) + "/responses/" + status + "/content/application~1json/schema");
  }

  /** Whether the response of {@code status} has a body. */
  boolean hasBody(Operation operation, int status) {
    return operation.node().path("responses").path(String.valueOf(status)).has("content");
  }

  /** The pointer of the operation's request body schema. */
  String requestSchema(Operation operation) {
    return pointer(operation) + "/requestBody/content/application~1json/schema";
  }

  /** The pointer of one of the operation's parameters' schema. */
  String parameterSchema(Operation operation, String name) {
    JsonNode parameters = operation.node().path("parameters");
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).path("name").asText().equals(name)) {
        return pointer(operation) + "/parameters/" + i + "/schema";
      }
    }
    throw new AssertionError(operation.id() + " has no parameter " + name);
  }

  /** The declared type of a parameter's schema, following one {@code $ref}. */
  String parameterType(Operation operation, String name) {
    JsonNode schema = node(parameterSchema(operation, name));
    if (schema.has("$ref")) {
      schema = node(schema.get("$ref").asText().substring(1));
    }
    return schema.path("type").asText("string");
  }

  /** The node at a JSON pointer of the document. */
  JsonNode node(String pointer) {
    return spec.openapi().at(pointer);
  }

  /** Where {@code json} breaks the schema at {@code pointer}; empty when it validates. */
  List<String> validate(String pointer, String json) {
    Schema schema = cache.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(documentUri + "#" + p)));
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(json, InputFormat.JSON)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private static String pointer(Operation operation) {
    return "/paths/" + operation.path().replace("~", "~0").replace("/", "~1") + "/" + operation.method();
  }
}
