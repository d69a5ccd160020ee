package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.SpecGeneration;
import com.tripwirejs.model.spec.TripwireSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's answers about sessions and API keys validate against the schemas of today's contract
 * ({@code foil-spec}): every required property present (client_user_id, behavior, resolution,
 * app_name, navigator.model, client_target), each of its type, each enum value one the contract
 * lists, and no property where the contract allows none.
 */
class FakeAnswersTodaysContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private TripwireSpec spec;
  private FakeTripwire fake;

  @BeforeEach
  void start() {
    spec = TripwireSpec.of(SpecGeneration.FOIL);
    fake = FakeTripwire.builder().sessions(16).start();
  }

  @AfterEach
  void stop() {
    // Null when today's contract is not configured and start() was skipped.
    if (fake != null) {
      fake.close();
    }
  }

  @Test
  void sessionsAndApiKeysAnswerAsTodaysSchemasSay() throws Exception {
    List<String> problems = new ArrayList<>();
    String sid = fake.sessionIds().get(2);
    check("PATCH", "/v1/sessions/{sessionId}", "/v1/sessions/" + sid, "{\"client_user_id\":\"user_7\"}", problems);
    for (String id : fake.sessionIds()) {
      check("GET", "/v1/sessions/{sessionId}", "/v1/sessions/" + id, null, problems);
    }
    check("GET", "/v1/sessions", "/v1/sessions?limit=200", null, problems);
    check("PATCH", "/v1/sessions/{sessionId}", "/v1/sessions/" + sid, "{\"client_user_id\":null}", problems);
    String keys = "/v1/organizations/" + fake.organizationId() + "/api-keys";
    String template = "/v1/organizations/{organizationId}/api-keys";
    check("POST", template, keys, "{\"name\":\"Web\"}", problems);
    check("POST", template, keys, "{\"name\":\"Android\",\"client_target\":\"native-android\"}", problems);
    check("POST", template, keys, "{\"name\":\"Backend\",\"type\":\"secret\",\"scopes\":[\"sessions:update\"]}", problems);
    check("GET", template, keys, null, problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckFindsAMissingRequiredProperty() {
    List<String> problems = new ArrayList<>();
    JsonNode key = JSON.createObjectNode().put("object", "api_key");
    validate(key, spec.schema("ApiKey"), "$", problems);
    assertThat(problems).anyMatch(p -> p.contains("client_target"));
  }

  private void check(String method, String template, String path, String body, List<String> problems)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .header("Authorization", "Bearer " + fake.secretKey());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode schema =
        spec.operation(method.toLowerCase(), template)
            .path("responses").path(String.valueOf(answer.statusCode()))
            .path("content").path("application/json").path("schema");
    assertThat(schema.isMissingNode()).as("%s %s answered %d", method, path, answer.statusCode()).isFalse();
    validate(JSON.readTree(answer.body()), spec.schema(SchemaTypes.refName(schema)), method + " " + path, problems);
  }

  /** Collects where {@code node} breaks {@code schema}: the subset of JSON Schema the contract uses. */
  private void validate(JsonNode node, JsonNode schema, String where, List<String> problems) {
    if (schema.has("$ref")) {
      validate(node, spec.schema(SchemaTypes.refName(schema)), where, problems);
      return;
    }
    for (JsonNode part : schema.path("allOf")) {
      validate(node, part, where, problems);
    }
    JsonNode union = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
    if (union != null) {
      List<String> best = null;
      for (JsonNode branch : union) {
        List<String> found = new ArrayList<>();
        validate(node, branch, where, found);
        if (best == null || found.size() < best.size()) {
          best = found;
        }
      }
      problems.addAll(best);
      return;
    }
    if (schema.has("type") && !typeFits(node, schema.get("type"))) {
      problems.add(where + ": " + node.getNodeType() + " is not " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !node.isNull()) {
      boolean listed = false;
      for (JsonNode value : schema.get("enum")) {
        listed |= value.equals(node);
      }
      if (!listed) {
        problems.add(where + ": " + node + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("const") && !schema.get("const").equals(node)) {
      problems.add(where + ": " + node + " is not " + schema.get("const"));
    }
    if (node.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!node.has(required.asText())) {
          problems.add(where + ": missing required " + required.asText());
        }
      }
      JsonNode properties = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (properties.has(member.getKey())) {
          validate(member.getValue(), properties.get(member.getKey()), where + "." + member.getKey(), problems);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()
            && schema.has("properties")) {
          problems.add(where + ": " + member.getKey() + " is not allowed");
        } else if (schema.path("additionalProperties").isObject()) {
          validate(member.getValue(), schema.get("additionalProperties"), where + "." + member.getKey(), problems);
        }
      }
    } else if (node.isArray() && schema.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        validate(node.get(i), schema.get("items"), where + "[" + i + "]", problems);
      }
    }
  }

  private static boolean typeFits(JsonNode node, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeFits(node, one)) {
          return true;
        }
      }
      return false;
    }
    switch (type.asText()) {
      case "null":
        return node.isNull();
      case "string":
        return node.isTextual();
      case "integer":
        return node.isIntegralNumber();
      case "number":
        return node.isNumber();
      case "boolean":
        return node.isBoolean();
      case "array":
        return node.isArray();
      case "object":
        return node.isObject();
      default:
        return true;
    }
  }
}
