package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;
import com.tripwirejs.model.spec.SpecGeneration;
import com.tripwirejs.model.spec.TripwireSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation of today's contract ({@code foil-spec}, read from {@code FOIL_SPEC_DIR})
 * against the fake over plain HTTP, as a user's code would, and checks each exchange with an
 * independent JSON Schema 2020-12 validator against the contract's own schemas:
 *
 * <ul>
 *   <li>every answer's status is one the contract lists for the operation, and its body (success
 *       or error envelope) validates against the schema listed for that status;
 *   <li>every status the contract lists for every operation is produced at least once, unless the
 *       fake documents why it cannot be ({@link #NOT_PRODUCED}): a new operation or status in the
 *       contract fails this test until the fake answers it;
 *   <li>each request body and query parameter tried is refused with 422 exactly when it breaks
 *       the contract's request schema (plus the refusals that the schema's descriptions state).
 * </ul>
 *
 * <p>Skipped when {@code FOIL_SPEC_DIR} is not set.
 */
class FakeAnswersTodaysContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Statuses the contract lists that the fake never answers, with the reason. A key acts only in
   * its own organization, which always exists, so "organization not found" is not reachable: any
   * other organization id is the 403 of "organization access denied", whether it exists or not.
   */
  private static final Map<String, String> NOT_PRODUCED =
      Map.of(
          "getOrganization 404", "any organization but the key's own is 403",
          "updateOrganization 404", "any organization but the key's own is 403",
          "listOrganizationApiKeys 404", "any organization but the key's own is 403",
          "createOrganizationApiKey 404", "any organization but the key's own is 403");

  /**
   * Bodies that validate against the request schema but that the contract's descriptions refuse:
   * {@code CreateApiKeyRequest.client_target} "must be omitted for secret keys".
   */
  private static final Set<String> REFUSED_BY_DESCRIPTION =
      Set.of("createOrganizationApiKey {\"name\":\"S\",\"type\":\"secret\",\"scopes\":[\"*\"],\"client_target\":\"browser\"}");

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Set<Integer>> answered = new TreeMap<>();
  private ContractSchemas contract;
  private FakeTripwire fake;
  private HttpServer receiver;
  private String org;
  private String publishableKey;

  @BeforeEach
  void start() throws Exception {
    contract = new ContractSchemas(TripwireSpec.of(SpecGeneration.FOIL));
    fake = FakeTripwire.builder().sessions(12).start();
    org = fake.organizationId();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    publishableKey = field(
        call("createOrganizationApiKey", Map.of("organizationId", org), "", "{\"name\":\"Web\"}", fake.secretKey()),
        "revealed_key");
  }

  @AfterEach
  void stop() {
    // Null when today's contract is not configured and start() was skipped.
    if (fake != null) {
      fake.close();
    }
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void everyOperationAnswersEveryStatusItListsAsItsSchemasSay() throws Exception {
    String key = fake.secretKey();
    Map<String, String> inOrg = Map.of("organizationId", org);

    // Sessions and visitor fingerprints.
    String sessions = call("listSessions", Map.of(), "?limit=200", null, key);
    call("listSessions", Map.of(), "?limit=3&verdict=bot", null, key);
    String sid = JSON.readTree(sessions).path("data").get(0).path("id").asText();
    for (JsonNode session : JSON.readTree(sessions).path("data")) {
      call("getSession", Map.of("sessionId", session.path("id").asText()), "", null, key);
    }
    call("getSession", Map.of("sessionId", "sid_0123456789abcdefghjkmnpqrs"), "", null, key);
    call("updateSession", Map.of("sessionId", sid), "", "{\"client_user_id\":\"user_7\"}", key);
    call("updateSession", Map.of("sessionId", sid), "", "{\"client_user_id\":null}", key);
    call("updateSession", Map.of("sessionId", "sid_0123456789abcdefghjkmnpqrs"), "", "{\"client_user_id\":null}", key);
    call("updateSession", Map.of("sessionId", sid), "", "{\"client_user_id\":7}", key);
    call("listSessions", Map.of(), "?limit=999", null, key);
    String visitors = call("listVisitorFingerprints", Map.of(), "?limit=200&sort=first_seen", null, key);
    for (JsonNode visitor : JSON.readTree(visitors).path("data")) {
      call("getVisitorFingerprint", Map.of("visitorId", visitor.path("id").asText()), "", null, key);
    }
    call("getVisitorFingerprint", Map.of("visitorId", "vid_0123456789abcdefghjkmnpqrs"), "", null, key);
    call("listVisitorFingerprints", Map.of(), "?sort=newest", null, key);

    // Organizations; a second one, to be refused in.
    String other = field(call("createOrganization", Map.of(), "", "{\"name\":\"Other\",\"slug\":\"other\"}", key), "id");
    call("createOrganization", Map.of(), "", "{\"name\":\"Again\",\"slug\":\"other\"}", key);
    call("createOrganization", Map.of(), "", "{\"name\":\"Bad\",\"slug\":\"Not A Slug\"}", key);
    call("getOrganization", inOrg, "", null, key);
    call("updateOrganization", inOrg, "", "{\"name\":\"Renamed\"}", key);
    call("updateOrganization", inOrg, "", "{\"status\":\"paused\"}", key);
    Map<String, String> otherOrg = Map.of("organizationId", other);
    call("getOrganization", otherOrg, "", null, key);
    call("updateOrganization", otherOrg, "", "{\"name\":\"Taken\"}", key);

    // API keys.
    call("createOrganizationApiKey", inOrg, "", "{\"name\":\"Android\",\"client_target\":\"native-android\"}", key);
    String secret = call("createOrganizationApiKey", inOrg, "",
        "{\"name\":\"Backend\",\"type\":\"secret\",\"environment\":\"test\",\"scopes\":[\"sessions:update\"]}", key);
    String keyId = field(secret, "id");
    call("createOrganizationApiKey", inOrg, "", "{\"name\":\"Admin\",\"type\":\"admin\"}", key);
    call("createOrganizationApiKey", otherOrg, "", "{\"name\":\"Everything\",\"type\":\"secret\",\"scopes\":[\"*\"]}", key);
    call("listOrganizationApiKeys", inOrg, "?limit=1", null, key);
    call("listOrganizationApiKeys", inOrg, "?limit=abc", null, key);
    call("listOrganizationApiKeys", otherOrg, "", null, key);
    Map<String, String> theKey = Map.of("organizationId", org, "keyId", keyId);
    Map<String, String> noKey = Map.of("organizationId", org, "keyId", "key_0123456789abcdefghjkmnpqrs");
    call("updateOrganizationApiKey", theKey, "", "{\"name\":\"Backend v2\",\"scopes\":[\"sessions:read\"]}", key);
    call("updateOrganizationApiKey", theKey, "", "{\"scopes\":[\"gate:services:read\"]}", key);
    call("updateOrganizationApiKey", noKey, "", "{\"name\":\"x\"}", key);
    call("rotateOrganizationApiKey", theKey, "", null, key);
    call("rotateOrganizationApiKey", noKey, "", null, key);
    call("revokeOrganizationApiKey", theKey, "", null, key);
    call("revokeOrganizationApiKey", noKey, "", null, key);
    call("rotateOrganizationApiKey", theKey, "", null, key);

    // Webhook endpoints and the event log.
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    String endpoint = call("createWebhookEndpoint", inOrg, "",
        "{\"name\":\"Receiver\",\"url\":\"" + url + "\",\"event_types\":[\"session.result.persisted\"]}", key);
    String endpointId = field(endpoint, "id");
    call("createWebhookEndpoint", inOrg, "", "{\"name\":\"R\",\"url\":\"" + url + "\",\"event_types\":[\"everything\"]}", key);
    call("listWebhookEndpoints", inOrg, "", null, key);
    call("listWebhookEndpoints", otherOrg, "", null, key);
    Map<String, String> theEndpoint = Map.of("organizationId", org, "endpointId", endpointId);
    Map<String, String> noEndpoint = Map.of("organizationId", org, "endpointId", "we_0123456789abcdef0123456789abcdef");
    call("updateWebhookEndpoint", theEndpoint, "", "{}", key);
    call("updateWebhookEndpoint", theEndpoint, "", "{\"name\":\"Receiver 2\",\"status\":\"active\"}", key);
    call("updateWebhookEndpoint", theEndpoint, "", "{\"status\":\"paused\"}", key);
    call("updateWebhookEndpoint", noEndpoint, "", "{}", key);
    String test = call("sendTestWebhook", theEndpoint, "", null, key);
    call("sendTestWebhook", noEndpoint, "", null, key);
    call("rotateWebhookEndpointSecret", theEndpoint, "", null, key);
    call("rotateWebhookEndpointSecret", noEndpoint, "", null, key);
    String eventId = field(test, "event_id");
    call("listEvents", inOrg, "", null, key);
    call("listEvents", inOrg, "?type=webhook.test&endpoint_id=" + endpointId + "&limit=5", null, key);
    call("listEvents", inOrg, "?type=admin", null, key);
    call("listEvents", otherOrg, "", null, key);
    call("retrieveEvent", Map.of("organizationId", org, "eventId", eventId), "", null, key);
    call("retrieveEvent", Map.of("organizationId", org, "eventId", "wevt_0123456789abcdef0123456789abcdef"), "", null, key);
    call("retrieveEvent", Map.of("organizationId", other, "eventId", eventId), "", null, key);
    call("disableWebhookEndpoint", theEndpoint, "", null, key);
    call("sendTestWebhook", theEndpoint, "", null, key);
    call("disableWebhookEndpoint", noEndpoint, "", null, key);

    // Every operation without credentials (401) and with a publishable key (403).
    Map<String, String> anyIds =
        Map.of("sessionId", sid, "visitorId", "vid_0123456789abcdefghjkmnpqrs", "organizationId", org,
            "keyId", keyId, "endpointId", endpointId, "eventId", eventId);
    for (ContractSchemas.Operation operation : contract.operations()) {
      String body = operation.node().has("requestBody") ? "{}" : null;
      call(operation.id(), anyIds, "", body, null);
      call(operation.id(), anyIds, "", body, publishableKey);
    }

    assertThat(problems).as("answers that break the contract").isEmpty();
    List<String> missing = new ArrayList<>();
    for (ContractSchemas.Operation operation : contract.operations()) {
      for (var statuses = operation.node().path("responses").fieldNames(); statuses.hasNext(); ) {
        String status = statuses.next();
        String pair = operation.id() + " " + status;
        if (!answered.getOrDefault(operation.id(), Set.of()).contains(Integer.parseInt(status))
            && !NOT_PRODUCED.containsKey(pair)) {
          missing.add(pair);
        }
      }
    }
    assertThat(missing).as("statuses of the contract that no exchange produced: drive them, or say why not").isEmpty();
  }

  @Test
  void bodiesAreRefusedExactlyWhereTheRequestSchemaRefusesThem() throws Exception {
    String key = fake.secretKey();
    String sid = fake.sessionIds().get(0);
    Map<String, String> inOrg = Map.of("organizationId", org);
    String keyId = field(call("createOrganizationApiKey", inOrg, "",
        "{\"name\":\"B\",\"type\":\"secret\",\"scopes\":[\"*\"]}", key), "id");
    String endpointId = field(call("createWebhookEndpoint", inOrg, "",
        "{\"name\":\"R\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"]}", key), "id");
    Map<String, List<String>> bodies = new LinkedHashMap<>();
    bodies.put("updateSession", List.of(
        "{\"client_user_id\":\"u\"}", "{\"client_user_id\":\"\"}", "{\"client_user_id\":null}",
        "{\"client_user_id\":\"" + "u".repeat(256) + "\"}", "{\"client_user_id\":\"" + "u".repeat(257) + "\"}",
        "{}", "{\"client_user_id\":1}", "{\"client_user_id\":\"u\",\"x\":1}", "[]", "\"u\"", "", "{\"client_user_id\":"));
    bodies.put("createOrganization", List.of(
        "{\"name\":\"A\",\"slug\":\"a-1\"}", "{\"name\":\"\",\"slug\":\"a-2\"}", "{\"name\":\"A\",\"slug\":\"-a\"}",
        "{\"name\":\"A\"}", "{\"name\":\"A\",\"slug\":\"a-3\",\"plan\":\"pro\"}", "{\"name\":5,\"slug\":\"a-4\"}",
        "{\"name\":\" \",\"slug\":\"a-5\"}", ""));
    bodies.put("updateOrganization", List.of(
        "{\"name\":\"N\"}", "{\"status\":\"suspended\"}", "{\"status\":\"active\"}", "{}", "{\"status\":\"paused\"}",
        "{\"name\":\"\"}", "{\"slug\":\"x\"}", "{\"name\":null}"));
    bodies.put("createOrganizationApiKey", List.of(
        "{\"name\":\"P\"}", "{\"name\":\"P\",\"type\":\"publishable\",\"environment\":\"test\",\"client_target\":\"native-ios\"}",
        "{\"name\":\"P\",\"allowed_origins\":[\"https://shop.example.com\"]}", "{\"name\":\"P\",\"allowed_origins\":[\"not a uri\"]}",
        "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[\"*\"]}", "{\"name\":\"S\",\"type\":\"secret\"}",
        "{\"name\":\"S\",\"scopes\":[\"*\"]}", "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[]}",
        "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[\"root\"]}", "{\"name\":\"S\",\"type\":\"admin\"}",
        "{\"name\":\"S\",\"environment\":\"staging\"}", "{\"name\":\"S\",\"client_target\":\"tv\"}",
        "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[\"*\"],\"client_target\":\"browser\"}",
        "{\"name\":\"\"}", "{\"name\":\"P\",\"rate_limit\":5}", "{\"type\":\"publishable\"}"));
    bodies.put("updateOrganizationApiKey", List.of(
        "{\"name\":\"\"}", "{\"name\":\"K\"}", "{\"scopes\":[\"webhooks:read\"]}", "{\"allowed_origins\":[]}", "{}",
        "{\"scopes\":[]}", "{\"scopes\":[\"everything\"]}", "{\"status\":\"revoked\"}", "{\"allowed_origins\":[\"relative/path\"]}"));
    bodies.put("createWebhookEndpoint", List.of(
        "{\"name\":\"W\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"]}",
        "{\"name\":\"W\",\"url\":\"https://example.com/h\",\"event_types\":[]}",
        "{\"name\":\"W\",\"url\":\"https://example.com/h\",\"event_types\":[\"webhook.test\"]}",
        "{\"name\":\"W\",\"url\":\"example.com/h\",\"event_types\":[\"session.result.persisted\"]}",
        "{\"name\":\"\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"]}",
        "{\"name\":\"W\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"],\"secret\":\"x\"}",
        "{\"name\":\"W\",\"url\":\"https://example.com/h\"}"));
    bodies.put("updateWebhookEndpoint", List.of(
        "{}", "{\"name\":\"W2\"}", "{\"status\":\"disabled\"}", "{\"status\":\"active\"}", "{\"status\":\"paused\"}",
        "{\"event_types\":[\"session.result.persisted\"]}", "{\"event_types\":[]}", "{\"url\":\"nope\"}",
        "{\"signing_secret\":\"whsec_x\"}", "{\"name\":\"\"}"));
    Map<String, Map<String, String>> paths =
        Map.of(
            "updateSession", Map.of("sessionId", sid),
            "updateOrganizationApiKey", Map.of("organizationId", org, "keyId", keyId),
            "updateWebhookEndpoint", Map.of("organizationId", org, "endpointId", endpointId));
    assertThat(bodies.keySet())
        .as("every operation of the contract that takes a body is tried")
        .containsExactlyInAnyOrderElementsOf(
            contract.operations().stream().filter(o -> o.node().has("requestBody")).map(ContractSchemas.Operation::id).toList());

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : bodies.entrySet()) {
      ContractSchemas.Operation operation = contract.operation(entry.getKey());
      for (String body : entry.getValue()) {
        boolean allowed = isJson(body)
            && contract.validate(contract.requestSchema(operation), body).isEmpty()
            && !REFUSED_BY_DESCRIPTION.contains(operation.id() + " " + body);
        String answer = call(operation.id(), paths.getOrDefault(operation.id(), inOrg), "", body, key);
        int status = lastStatus;
        if (allowed != (status != 422)) {
          wrong.add(operation.id() + " " + body + ": the contract " + (allowed ? "allows" : "refuses") + " it, the fake answered "
              + status + " " + answer);
        }
        if (!allowed && JSON.readTree(answer).path("error").path("details").path("fields").isEmpty()) {
          wrong.add(operation.id() + " " + body + ": a refusal without details.fields");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(problems).as("answers that break the contract").isEmpty();
  }

  @Test
  void queryParametersAreRefusedExactlyWhereTheirSchemasRefuseThem() throws Exception {
    String key = fake.secretKey();
    Map<String, String> inOrg = Map.of("organizationId", org);
    Map<String, Map<String, List<String>>> tried = new LinkedHashMap<>();
    List<String> limits = List.of("1", "50", "200", "0", "201", "-1", "abc", "1.5", "9999999999");
    tried.put("listSessions", Map.of("limit", limits, "verdict", List.of("bot", "human", "inconclusive", "robot", "BOT"),
        "search", List.of("arm", "x")));
    tried.put("listVisitorFingerprints", Map.of("limit", limits, "sort", List.of("seen_count", "first_seen", "newest"),
        "search", List.of("a")));
    tried.put("listOrganizationApiKeys", Map.of("limit", limits));
    tried.put("listEvents", Map.of("limit", limits,
        "type", List.of("session.result.persisted", "webhook.test", "admin", "gate.session.approved"),
        "endpoint_id", List.of("we_0123456789abcdef0123456789abcdef", "we_x", "endpoint")));
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<String>>> operationEntry : tried.entrySet()) {
      ContractSchemas.Operation operation = contract.operation(operationEntry.getKey());
      for (Map.Entry<String, List<String>> parameter : operationEntry.getValue().entrySet()) {
        for (String value : parameter.getValue()) {
          String type = contract.parameterType(operation, parameter.getKey());
          JsonNode typed = type.equals("integer") && value.matches("-?[0-9]{1,9}")
              ? IntNode.valueOf(Integer.parseInt(value)) : TextNode.valueOf(value);
          boolean allowed = contract.validate(contract.parameterSchema(operation, parameter.getKey()), typed.toString()).isEmpty();
          String query = "?" + parameter.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
          String answer = call(operation.id(), operation.path().contains("{organizationId}") ? inOrg : Map.of(), query, null, key);
          if (allowed != (lastStatus != 422)) {
            wrong.add(operation.id() + query + ": the contract " + (allowed ? "allows" : "refuses") + " it, the fake answered "
                + lastStatus + " " + answer);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(problems).as("answers that break the contract").isEmpty();
  }

  @Test
  void aKeyActsOnlyInItsOwnOrganization() throws Exception {
    String other = field(call("createOrganization", Map.of(), "", "{\"name\":\"Other\",\"slug\":\"other\"}",
        fake.secretKey()), "id");
    String otherKey = fake.secretKey(other);
    String keyId = field(call("createOrganizationApiKey", Map.of("organizationId", org), "",
        "{\"name\":\"B\",\"type\":\"secret\",\"scopes\":[\"*\"]}", fake.secretKey()), "id");
    String endpointId = field(call("createWebhookEndpoint", Map.of("organizationId", org), "",
        "{\"name\":\"R\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"]}",
        fake.secretKey()), "id");
    List<String> reached = new ArrayList<>();
    for (String target : List.of(org, "org_0123456789abcdefghjkmnpqrs")) {
      Map<String, String> ids = Map.of("organizationId", target, "keyId", keyId, "endpointId", endpointId,
          "eventId", "wevt_0123456789abcdef0123456789abcdef");
      for (ContractSchemas.Operation operation : contract.operations()) {
        if (!operation.path().contains("{organizationId}")) {
          continue;
        }
        String body = operation.node().has("requestBody") ? "{\"name\":\"Taken\"}" : null;
        String answer = call(operation.id(), ids, "", body, otherKey);
        if (lastStatus != 403
            || !JSON.readTree(answer).path("error").path("code").asText().equals("auth.organization_access_denied")) {
          reached.add(operation.id() + " in " + target + ": " + lastStatus);
        }
      }
    }
    assertThat(reached).as("a key of another organization reaches nothing, existing or not").isEmpty();
    assertThat(problems).as("answers that break the contract").isEmpty();
    assertThat(call("getOrganization", Map.of("organizationId", other), "", null, otherKey)).contains("\"slug\":\"other\"");
  }

  @Test
  void theValidatorFailsAnAnswerThatDriftsFromTheSchema() throws Exception {
    String key = fake.secretKey();
    ObjectNode answer = (ObjectNode) JSON.readTree(
        call("getOrganization", Map.of("organizationId", org), "", null, key));
    ContractSchemas.Operation operation = contract.operation("getOrganization");
    String schema = contract.responseSchema(operation, 200).orElseThrow();
    assertThat(contract.validate(schema, answer.toString())).isEmpty();

    ((ObjectNode) answer.get("data")).put("status", "paused");
    assertThat(contract.validate(schema, answer.toString())).as("an enum value the contract lacks").isNotEmpty();
    ((ObjectNode) answer.get("data")).put("status", "active").put("plan", "pro");
    assertThat(contract.validate(schema, answer.toString())).as("a property the contract does not allow").isNotEmpty();
    ((ObjectNode) answer.get("data")).remove("plan");
    ((ObjectNode) answer.get("data")).put("created_at", "yesterday");
    assertThat(contract.validate(schema, answer.toString())).as("format date-time").isNotEmpty();
  }

  // --- the exchange ---

  private int lastStatus;

  /**
   * Calls an operation of the contract by its id, with its path parameters filled in; records
   * the status answered and every way the answer breaks the contract; returns the body.
   */
  private String call(
      String operationId, Map<String, String> pathParameters, String query, @Nullable String body, @Nullable String key)
      throws Exception {
    ContractSchemas.Operation operation = contract.operation(operationId);
    Matcher placeholders = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (placeholders.find()) {
      String value = pathParameters.get(placeholders.group(1));
      assertThat(value).as("%s needs %s", operationId, placeholders.group(1)).isNotNull();
      placeholders.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    placeholders.appendTail(path);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path.toString() + query));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (body == null) {
      request.method(operation.method().toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(operation.method().toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.ofString(body))
          .header("Content-Type", "application/json");
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    lastStatus = answer.statusCode();
    answered.computeIfAbsent(operationId, id -> new TreeSet<>()).add(answer.statusCode());
    String where = operationId + " " + path + query + (body == null ? "" : " " + body) + " -> " + answer.statusCode();
    Optional<String> schema = contract.responseSchema(operation, answer.statusCode());
    if (schema.isEmpty()) {
      problems.add(where + ": a status the contract does not list for " + operationId + ": " + answer.body());
    } else if (!contract.hasBody(operation, answer.statusCode())) {
      if (!answer.body().isEmpty()) {
        problems.add(where + ": a body where the contract has none");
      }
    } else {
      for (String problem : contract.validate(schema.get(), answer.body())) {
        problems.add(where + ": " + problem);
      }
    }
    return answer.body();
  }

  private static String field(String answer, String name) throws Exception {
    return JSON.readTree(answer).path("data").path(name).asText();
  }

  private static boolean isJson(String text) {
    try {
      return !text.isEmpty() && JSON.readTree(text) != null;
    } catch (Exception e) {
      return false;
    }
  }
}
