package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the fake refuses and accepts, over plain HTTP, without the contract on disk (the
 * conformance test against {@code openapi.json} is {@link FakeAnswersTodaysContractTest}): values
 * outside the contract's enums are 422 and never stored, as are unknown properties and bad list
 * filters; an empty or malformed body is 422; {@code {}} updates an endpoint; statuses the
 * contract does not list are not answered.
 */
class RequestValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeTripwire fake;
  private String org;

  record Answer(int status, JsonNode body) {
    List<String> fieldNames() {
      return body.path("error").path("details").path("fields").findValuesAsText("name");
    }

    String code() {
      return body.path("error").path("code").asText();
    }
  }

  @BeforeEach
  void start() {
    fake = FakeTripwire.builder().sessions(4).start();
    org = "/v1/organizations/" + fake.organizationId();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void enumValuesOutsideTheContractAreRefusedAndNeverStored() throws Exception {
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"A\",\"type\":\"admin\"}"), "type");
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"A\",\"environment\":\"staging\"}"), "environment");
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"A\",\"type\":\"secret\",\"scopes\":[\"sessions:read\",\"root\"]}"),
        "scopes[1]");
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"A\",\"type\":\"secret\",\"scopes\":[\"gate:services:read\"]}"),
        "scopes[0]");
    assertRefused(send("PATCH", org, "{\"status\":\"paused\"}"), "status");
    String endpoint = send("POST", org + "/webhooks/endpoints",
        "{\"name\":\"R\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"]}")
        .body().path("data").path("id").asText();
    assertRefused(send("PATCH", org + "/webhooks/endpoints/" + endpoint, "{\"status\":\"paused\"}"), "status");
    assertRefused(send("POST", org + "/webhooks/endpoints",
        "{\"name\":\"R\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.fingerprint.calculated\"]}"),
        "event_types[0]");

    assertThat(send("GET", org + "/api-keys", null).body().path("data")).as("no key was stored").isEmpty();
    assertThat(send("GET", org, null).body().path("data").path("status").asText()).isEqualTo("active");
    assertThat(send("GET", org + "/webhooks/endpoints", null).body().path("data").findValuesAsText("status"))
        .containsExactly("active");
  }

  @Test
  void propertiesTheContractDoesNotListAreRefused() throws Exception {
    assertRefused(send("POST", "/v1/organizations", "{\"name\":\"A\",\"slug\":\"a\",\"plan\":\"pro\"}"), "plan");
    assertRefused(send("PATCH", org, "{\"slug\":\"renamed\"}"), "slug");
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"A\",\"rate_limit\":5}"), "rate_limit");
    assertRefused(send("PATCH", "/v1/sessions/" + fake.sessionIds().get(0), "{\"client_user_id\":\"u\",\"note\":\"x\"}"), "note");
    assertThat(send("GET", org, null).body().path("data").path("slug").asText()).isEqualTo("fake-organization");
  }

  @Test
  void theConditionsBetweenTypeScopesAndClientTargetHold() throws Exception {
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"S\",\"type\":\"secret\"}"), "scopes");
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"P\",\"scopes\":[\"*\"]}"), "type");
    assertRefused(send("POST", org + "/api-keys", "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[]}"), "scopes");
    assertRefused(send("POST", org + "/api-keys",
        "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[\"*\"],\"client_target\":\"browser\"}"), "client_target");
    Answer ios = send("POST", org + "/api-keys", "{\"name\":\"iOS\",\"client_target\":\"native-ios\"}");
    assertThat(ios.status()).isEqualTo(201);
    assertThat(ios.body().path("data").path("client_target").asText()).isEqualTo("native-ios");
  }

  @Test
  void everyListRefusesABadLimitAndTheEventListItsBadFilters() throws Exception {
    for (String list : List.of("/v1/sessions", "/v1/fingerprints", org + "/api-keys", org + "/events")) {
      for (String limit : List.of("0", "201", "ten", "1.5")) {
        assertRefused(send("GET", list + "?limit=" + limit, null), "limit");
      }
      assertThat(send("GET", list + "?limit=200", null).status()).isEqualTo(200);
    }
    assertRefused(send("GET", org + "/events?type=admin", null), "type");
    assertRefused(send("GET", org + "/events?endpoint_id=we_1", null), "endpoint_id");
    assertThat(send("GET", org + "/events?type=webhook.test&endpoint_id=we_0123456789abcdef0123456789abcdef", null).status())
        .isEqualTo(200);
  }

  @Test
  void anEmptyOrMalformedBodyIsTheContracts422() throws Exception {
    String session = "/v1/sessions/" + fake.sessionIds().get(0);
    for (String body : List.of("", "{", "{\"client_user_id\":", "nul", "null", "[]", "\"u\"")) {
      Answer answer = send("PATCH", session, body);
      assertThat(answer.status()).as(body).isEqualTo(422);
      assertThat(answer.code()).isEqualTo("request.validation_failed");
      assertThat(answer.fieldNames()).containsExactly("body");
    }
  }

  @Test
  void anEmptyPatchLeavesAWebhookEndpointAsItIs() throws Exception {
    JsonNode created = send("POST", org + "/webhooks/endpoints",
        "{\"name\":\"R\",\"url\":\"https://example.com/h\",\"event_types\":[\"session.result.persisted\"]}").body().path("data");
    Answer same = send("PATCH", org + "/webhooks/endpoints/" + created.path("id").asText(), "{}");
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.body().path("data").path("name").asText()).isEqualTo("R");
    assertThat(same.body().path("data").path("updated_at")).isEqualTo(created.path("updated_at"));
  }

  @Test
  void rotatingAKeyThatIsNotActiveIsNotFoundNotAConflict() throws Exception {
    String key = send("POST", org + "/api-keys", "{\"name\":\"S\",\"type\":\"secret\",\"scopes\":[\"*\"]}")
        .body().path("data").path("id").asText();
    assertThat(send("POST", org + "/api-keys/" + key + "/rotations", null).status()).isEqualTo(201);
    Answer again = send("POST", org + "/api-keys/" + key + "/rotations", null);
    assertThat(again.status()).as("rotating").isEqualTo(404);
    JsonNode revoked = send("DELETE", org + "/api-keys/" + key, null).body().path("data");
    Answer revokedAgain = send("DELETE", org + "/api-keys/" + key, null);
    assertThat(revokedAgain.status()).isEqualTo(200);
    assertThat(revokedAgain.body().path("data").path("revoked_at")).isEqualTo(revoked.path("revoked_at"));
    assertThat(send("POST", org + "/api-keys/" + key + "/rotations", null).status()).as("revoked").isEqualTo(404);
  }

  @Test
  void aKeyOfAnotherOrganizationIsRefusedEverywhereInThisOne() throws Exception {
    String other = send("POST", "/v1/organizations", "{\"name\":\"Other\",\"slug\":\"other\"}").body().path("data").path("id").asText();
    String otherKey = fake.secretKey(other);
    for (String[] call : List.of(
        new String[] {"GET", org, null},
        new String[] {"PATCH", org, "{\"name\":\"Taken\"}"},
        new String[] {"GET", org + "/api-keys", null},
        new String[] {"POST", org + "/api-keys", "{\"name\":\"Everything\",\"type\":\"secret\",\"scopes\":[\"*\"]}"},
        new String[] {"GET", org + "/webhooks/endpoints", null},
        new String[] {"GET", org + "/events", null})) {
      Answer answer = send(call[0], call[1], call[2], otherKey);
      assertThat(answer.status()).as("%s %s", call[0], call[1]).isEqualTo(403);
      assertThat(answer.code()).isEqualTo("auth.organization_access_denied");
    }
    assertThat(send("GET", org + "/api-keys", null).body().path("data")).as("no key was created in it").isEmpty();
    assertThat(send("GET", org, null).body().path("data").path("name").asText()).isEqualTo("Fake Organization");
    assertThat(send("GET", "/v1/organizations/" + other, null, otherKey).status()).isEqualTo(200);
  }

  private static void assertRefused(Answer answer, String field) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("request.validation_failed");
    assertThat(answer.fieldNames()).contains(field);
  }

  private Answer send(String method, String path, @Nullable String body) throws Exception {
    return send(method, path, body, fake.secretKey());
  }

  private Answer send(String method, String path, @Nullable String body, String key) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
  }
}
