package com.tripwirejs.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.PublishableApiKey;
import com.tripwirejs.model.apikey.SecretApiKey;
import com.tripwirejs.model.apikey.UnknownApiKey;
import com.tripwirejs.model.common.CursorPagination;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.organization.Organization;
import com.tripwirejs.model.organization.OrganizationStatus;
import com.tripwirejs.model.session.ScoreBreakdown;
import com.tripwirejs.model.session.network.SessionNetworkLocation;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.IdReference;
import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookRequestSummary;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@link TripwireJson} binds the model: strict where the API is, lossless everywhere. */
class TripwireJsonTest {

  private static final String ORGANIZATION =
      """
      {"object":"organization","id":"org_56789abcdefghjkmnpqrstvwxy","name":"Example","slug":"example",\
      "status":"active","created_at":"2026-03-24T19:00:00.000Z","updated_at":null}\
      """;

  private static final String ORGANIZATIONS =
      """
      {"data":[%s],"pagination":{"limit":50,"has_more":false},\
      "meta":{"request_id":"req_0123456789abcdef0123456789abcdef"}}\
      """
          .formatted(ORGANIZATION);

  private static final JavaType ORGANIZATION_LIST =
      TripwireJson.listEnvelopeType(Organization.class);

  private static final String API_KEY =
      """
      {"object":"api_key","id":"key_2y4grs8zpxb7n1q3dm5kc9wfta","type":"secret","environment":"live",\
      "name":"Backend","status":"active","allowed_origins":null,"scopes":["sessions:read"],\
      "rate_limit":null,"key_preview":"sk_live_...","last_used_at":null,\
      "created_at":"2026-03-24T19:00:00.000Z","rotated_at":null,"revoked_at":null,\
      "grace_expires_at":null}\
      """;

  /** Reads the list fixture after replacing the value at a JSON pointer; expects a failure. */
  private static TripwireJsonException failureWith(String pointer, String replacement) {
    ObjectNode tree = (ObjectNode) TripwireJson.readTree(bytes(ORGANIZATIONS));
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = tree.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    JsonNode value = TripwireJson.readTree(bytes(replacement));
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return failure(tree.toString(), ORGANIZATION_LIST);
  }

  private static TripwireJsonException failure(String json, JavaType type) {
    TripwireJsonException e =
        catchThrowableOfType(
            TripwireJsonException.class, () -> TripwireJson.read(bytes(json), type));
    assertThat(e).as("reading must fail with TripwireJsonException").isNotNull();
    assertThat(e.rawBody()).isEqualTo(json);
    return e;
  }

  private static TripwireJsonException failure(String json, Class<?> type) {
    return failure(json, TypeFactory.defaultInstance().constructType(type));
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static String written(Object value) {
    return TripwireJson.write(value);
  }

  @Test
  void readsTypedValuesAndWritesTheSameJsonBack() {
    ListEnvelope<Organization> page =
        TripwireJson.readListEnvelope(bytes(ORGANIZATIONS), Organization.class);

    Organization organization = page.data().get(0);
    assertThat(organization.id()).isEqualTo("org_56789abcdefghjkmnpqrstvwxy");
    assertThat(organization.status()).isEqualTo(OrganizationStatus.ACTIVE);
    assertThat(organization.createdAt()).isEqualTo(Instant.parse("2026-03-24T19:00:00Z"));
    assertThat(organization.updatedAt()).isNull();
    assertThat(page.pagination()).isNotNull();
    assertThat(page.pagination().hasMore()).isFalse();
    assertThat(written(page)).isEqualTo(ORGANIZATIONS);
  }

  @Test
  void aNumberWhoseExponentOverflowsFailsAsTripwireJsonWithoutQuotingIt() {
    byte[] json = "{\"object\":\"organization\",\"x\":4444000001e100000000992821989}".getBytes(StandardCharsets.UTF_8);

    for (Runnable read :
        List.<Runnable>of(
            () -> TripwireJson.readTree(json),
            () -> TripwireJson.read(json, Organization.class),
            () -> TripwireJson.read(json, JsonNode.class))) {
      TripwireJsonException e = catchThrowableOfType(TripwireJsonException.class, read::run);
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("out of range").doesNotContain("4444000001");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.9212165710187974E2062", "-4.9E-400", "0.10000000000000000000000001", "1E+2"})
  void numbersInUnknownPropertiesAreWrittenBackExactly(String number) {
    String json = "{\"id\":\"org_1\",\"future\":" + number + "}";

    IdReference read = TripwireJson.read(json, IdReference.class);
    IdReference again = TripwireJson.read(TripwireJson.write(read), IdReference.class);

    assertThat(read.unknownProperties().get("future").decimalValue())
        .isEqualByComparingTo(new BigDecimal(number));
    assertThat(again).isEqualTo(read);
  }

  @Nested
  class Strictness {

    @Test
    void aMissingRequiredPropertyNamesItsPath() {
      ObjectNode tree = (ObjectNode) TripwireJson.readTree(bytes(ORGANIZATIONS));
      ((ObjectNode) tree.at("/data/0")).remove("slug");

      TripwireJsonException e = failure(tree.toString(), ORGANIZATION_LIST);

      assertThat(e.getMessage()).isEqualTo("Missing required property at $.data[0].slug");
      assertThat(e.path()).isEqualTo("$.data[0].slug");
    }

    @Test
    void severalMissingPropertiesAreAllNamed() {
      TripwireJsonException e =
          failure("{\"has_more\":true,\"next_cursor\":null}", CursorPagination.class);
      assertThat(e.getMessage()).isEqualTo("Missing required property at $.limit");

      e = failure("{\"id\":\"org_1\"}", Organization.class);
      assertThat(e.getMessage())
          .startsWith("Missing required property (all missing: object name slug status created_at");
    }

    @Test
    void nullWhereTheApiNeverSendsOneFails() {
      TripwireJsonException e = failureWith("/data/0/status", "null");

      assertThat(e.getMessage()).isEqualTo("Property must not be null at $.data[0].status");
      assertThat(e.path()).isEqualTo("$.data[0].status");
    }

    @Test
    void nullForAPrimitiveFails() {
      assertThat(failureWith("/pagination/limit", "null").getMessage())
          .isEqualTo("Property must not be null at $.pagination.limit");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "/pagination/limit      | \"50\"  | Expected an integer at $.pagination.limit, found a"
              + " string",
          "/data/0/name           | 50      | Expected a string at $.data[0].name, found an"
              + " integer",
          "/pagination/limit      | 50.5    | Expected an integer at $.pagination.limit, found a"
              + " number with a fraction",
          "/data                  | {}      | Expected an array at $.data, found an object",
          "/meta                  | []      | Expected an object at $.meta, found an array",
          "/data/0/slug           | true    | Expected a string at $.data[0].slug, found a boolean",
          "/pagination/has_more   | 1       | Expected a boolean at $.pagination.has_more, found an"
              + " integer",
          "/pagination/has_more   | \"true\" | Expected a boolean at $.pagination.has_more, found a"
              + " string",
          "/data/0/created_at     | 1       | Expected a timestamp string at $.data[0].created_at,"
              + " found an integer",
          "/data/0/status         | {}      | Expected a string at $.data[0].status, found an"
              + " object",
          "/data/0                | []      | Expected an object at $.data[0], found an array",
        })
    void aValueOfTheWrongJsonTypeFailsSayingWhatWasFound(
        String pointer, String replacement, String message) {
      TripwireJsonException e = failureWith(pointer, replacement);

      assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void theWrongTypeInsideAUnionIsFoundAtItsPath() {
      TripwireJsonException e =
          failure(API_KEY.replace("\"name\":\"Backend\"", "\"name\":[1]"), ApiKey.class);

      assertThat(e.getMessage()).isEqualTo("Expected a string at $.name, found an array");
    }

    @Test
    void anIntegerBeyondItsJavaTypeIsOutOfRange() {
      assertThat(failureWith("/pagination/limit", "2147483648").getMessage())
          .isEqualTo("Number out of range at $.pagination.limit");
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsOutOfRangeNotInfinity() {
      TripwireJsonException e =
          failure("{\"city\":null,\"latitude\":1e400}", SessionNetworkLocation.class);

      assertThat(e.getMessage()).isEqualTo("Number out of range at $.latitude");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0.5"})
    void aStringIsNotReadAsANumber(String text) {
      TripwireJsonException e =
          failure("{\"city\":null,\"latitude\":\"" + text + "\"}", SessionNetworkLocation.class);

      assertThat(e.getMessage()).isEqualTo("Expected a number at $.latitude, found a string");
    }

    @Test
    void nullInsideAnArrayOrAMapFailsAtItsPosition() {
      assertThat(
              failure(
                      API_KEY.replace("[\"sessions:read\"]", "[\"sessions:read\",null]"),
                      ApiKey.class)
                  .getMessage())
          .isEqualTo("Array element must not be null at $.scopes[1]");
      assertThat(failure("{\"categories\":{\"behavioral\":null}}", ScoreBreakdown.class).path())
          .isEqualTo("$.categories.behavioral");
    }

    @Test
    void theKeysOfAMapAreInThePathButNotInTheMessage() {
      TripwireJsonException e =
          failure("{\"categories\":{\"sk_live_do_not_print\":\"high\"}}", ScoreBreakdown.class);

      assertThat(e.getMessage()).isEqualTo("Expected an integer at $.categories.*, found a string");
      assertThat(e.path()).isEqualTo("$.categories.sk_live_do_not_print");
    }
  }

  @Nested
  class UntrustedInput {

    @ParameterizedTest
    @ValueSource(
        strings = {"{\"limit\":", "{\"limit\" 5}", "{limit:5}", "{\"x\":[1,]}", "{\"a\":\"\\x\"}"})
    void malformedJsonFailsWithItsPosition(String json) {
      TripwireJsonException e = failure(json, CursorPagination.class);

      assertThat(e.getMessage()).startsWith("Malformed JSON at line 1, column ");
    }

    @Test
    void aDuplicatePropertyFails() {
      TripwireJsonException e =
          failure("{\"limit\":5,\"has_more\":true,\"limit\":6}", CursorPagination.class);

      assertThat(e.getMessage()).startsWith("Duplicate property in JSON object at line 1");
      assertThat(e.path()).isEqualTo("$.limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {" {}", " 5", " \"x\"", " null", "\n[]"})
    void contentAfterTheDocumentFails(String trailing) {
      String json = "{\"limit\":5,\"has_more\":true}" + trailing;

      assertThat(failure(json, CursorPagination.class).getMessage())
          .startsWith("Unexpected content after the JSON document at line ");
      assertThat(
              catchThrowableOfType(
                  TripwireJsonException.class, () -> TripwireJson.readTree(bytes(json))))
          .hasMessageStartingWith("Unexpected content after the JSON document");
    }

    @Test
    void trailingWhiteSpaceIsFine() {
      assertThat(
              TripwireJson.read("{\"limit\":5,\"has_more\":true}\n \t", CursorPagination.class)
                  .limit())
          .isEqualTo(5);
    }

    @Test
    void nestingIsAcceptedUpToTheLimitAndRejectedBeyondIt() {
      // The root object is one level; the unknown property adds the rest.
      int arrays = TripwireJson.MAX_NESTING_DEPTH - 1;
      String deepest =
          "{\"limit\":5,\"has_more\":true,\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
      String tooDeep =
          "{\"limit\":5,\"has_more\":true,\"x\":"
              + "[".repeat(arrays + 1)
              + "]".repeat(arrays + 1)
              + "}";

      assertThat(TripwireJson.read(deepest, CursorPagination.class).unknownProperties())
          .containsKey("x");
      TripwireJsonException e = failure(tooDeep, CursorPagination.class);
      assertThat(e.getMessage()).isEqualTo("JSON nests arrays and objects deeper than 200 levels");
      assertThat(
              catchThrowableOfType(
                  TripwireJsonException.class, () -> TripwireJson.readTree(bytes(tooDeep))))
          .hasMessage("JSON nests arrays and objects deeper than 200 levels");
    }

    @Test
    void tooDeepNestingInsideATypedRawJsonValueFailsTheSameWay() {
      String data =
          "[".repeat(TripwireJson.MAX_NESTING_DEPTH) + "]".repeat(TripwireJson.MAX_NESTING_DEPTH);
      String event =
          "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"future.event\","
              + "\"created\":\"2026-03-24T20:00:00.000Z\",\"data\":"
              + data
              + "}";

      assertThat(failure(event, WebhookEvent.class).getMessage())
          .isEqualTo("JSON nests arrays and objects deeper than 200 levels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void emptyInputFails(String json) {
      assertThat(failure(json, CursorPagination.class).getMessage())
          .isEqualTo("Expected a JSON document but the input is empty");
    }

    @Test
    void aNullDocumentFails() {
      assertThat(failure("null", CursorPagination.class).getMessage())
          .isEqualTo("Expected a JSON value but found null");
    }

    @Test
    void aDocumentOfTheWrongTypeFails() {
      assertThat(failure("[]", CursorPagination.class).getMessage())
          .isEqualTo("Expected an object at $, found an array");
      assertThat(failure("\"sk_live_secret\"", ApiKey.class).getMessage())
          .isEqualTo("Expected an object at $, found a string");
    }
  }

  @Nested
  class ForwardCompatibility {

    @Test
    void unknownPropertiesAreKeptAtEveryDepthAndWrittenBack() {
      ObjectNode tree = (ObjectNode) TripwireJson.readTree(bytes(ORGANIZATIONS));
      tree.putObject("future_top").put("n", 1);
      ((ObjectNode) tree.at("/data/0"))
          .putArray("future_in_item")
          .add("x")
          .addObject()
          .put("deep", true);
      ((ObjectNode) tree.at("/pagination")).put("future_total", 12);
      String json = tree.toString();

      ListEnvelope<Organization> page = TripwireJson.read(bytes(json), ORGANIZATION_LIST);

      assertThat(page.unknownProperties()).containsOnlyKeys("future_top");
      assertThat(page.data().get(0).unknownProperties()).containsOnlyKeys("future_in_item");
      assertThat(
              page.data()
                  .get(0)
                  .unknownProperties()
                  .get("future_in_item")
                  .get(1)
                  .get("deep")
                  .asBoolean())
          .isTrue();
      assertThat(page.pagination().unknownProperties())
          .containsEntry("future_total", tree.at("/pagination/future_total"));
      assertThat(TripwireJson.readTree(TripwireJson.writeBytes(page))).isEqualTo(tree);
      assertThat(written(page)).isEqualTo(json);
    }

    @Test
    void anUnknownEnumValueIsKeptAsItsString() {
      Organization organization =
          TripwireJson.read(ORGANIZATION.replace("\"active\"", "\"archived\""), Organization.class);

      assertThat(organization.status().known()).isEmpty();
      assertThat(organization.status().isKnown()).isFalse();
      assertThat(organization.status().value()).isEqualTo("archived");
      assertThat(organization.status()).isEqualTo(OrganizationStatus.of("archived"));
      assertThat(written(organization))
          .isEqualTo(ORGANIZATION.replace("\"active\"", "\"archived\""));
    }

    @Test
    void aKnownEnumValueIsTheConstant() {
      assertThat(TripwireJson.read(ORGANIZATION, Organization.class).status().known())
          .contains(OrganizationStatus.Known.ACTIVE);
    }

    @Test
    void apiKeysReadAsTheVariantTheirTypeNames() {
      assertThat(TripwireJson.read(API_KEY, ApiKey.class)).isInstanceOf(SecretApiKey.class);
      assertThat(TripwireJson.read(API_KEY.replace("\"secret\"", "\"publishable\""), ApiKey.class))
          .isInstanceOf(PublishableApiKey.class);
    }

    @Test
    void anApiKeyOfAnUnknownTypeIsAnUnknownApiKeyAndWritesBackUnchanged() {
      String json =
          API_KEY.replace("\"secret\"", "\"restricted\"").replace("}", ",\"limits\":{\"rps\":5}}");

      ApiKey key = TripwireJson.read(json, ApiKey.class);

      assertThat(key).isInstanceOf(UnknownApiKey.class);
      assertThat(key.type()).isEqualTo(ApiKeyType.of("restricted"));
      assertThat(key.unknownProperties()).containsOnlyKeys("limits");
      assertThat(written(key)).isEqualTo(json);
    }

    @Test
    void webhookEventsReadAsTheVariantTheirTypeNames() {
      assertThat(
              TripwireJson.read(
                  event(
                      "webhook.test",
                      "{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}"),
                  WebhookEvent.class))
          .isInstanceOf(WebhookTestEvent.class);
      assertThat(
              TripwireJson.read(
                  event(
                      "session.result.persisted",
                      "{\"object\":\"session_result\",\"session\":{\"id\":\"sid_1\"},"
                          + "\"event\":{\"id\":\"evt_1\",\"scoring_event_id\":\"se_1\",\"phase\":null,"
                          + "\"is_provisional\":null,\"persisted_at\":\"2026-03-24T20:00:05.000Z\"},"
                          + "\"decision\":{\"verdict\":\"bot\",\"risk_score\":94,\"score\":0.94,"
                          + "\"manipulation\":null},\"visitor_fingerprint\":null,\"request\":{},"
                          + "\"score_breakdown\":{\"categories\":{}},\"signals\":[],\"attribution\":{}}"),
                  WebhookEvent.class))
          .isInstanceOf(SessionResultPersistedEvent.class);
    }

    @Test
    void aGateApprovedEventOfAnEarlierGenerationIsAnUnknownEventWrittenBackUnchanged() {
      String json =
          event(
              "gate.session.approved",
              "{\"service_id\":\"acme_prod\",\"gate_session_id\":\"gate_1\","
                  + "\"gate_account_id\":\"gacct_1\",\"account_name\":\"my-project\","
                  + "\"metadata\":null,\"tripwire\":{\"verdict\":\"human\",\"score\":0.08},"
                  + "\"delivery\":{\"version\":1,\"algorithm\":\"x25519-hkdf-sha256/aes-256-gcm\","
                  + "\"key_id\":\"kid\",\"public_key\":\"pk\"}}");

      WebhookEvent event = TripwireJson.read(json, WebhookEvent.class);

      assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
      assertThat(((UnknownWebhookEvent) event).data().path("tripwire").path("score").doubleValue())
          .isEqualTo(0.08);
      assertThat(TripwireJson.readTree(TripwireJson.writeBytes(event)))
          .isEqualTo(TripwireJson.readTree(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEventOfAnUnknownTypeKeepsItsRawDataAndWritesBackUnchanged() {
      String json =
          event("session.deleted", "{\"session\":{\"id\":\"sid_1\"},\"reason\":[1,2.5,null]}");

      WebhookEvent event = TripwireJson.read(json, WebhookEvent.class);

      assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
      assertThat(event.type()).isEqualTo(WebhookEventType.of("session.deleted"));
      assertThat(((UnknownWebhookEvent) event).data().at("/session/id").asText())
          .isEqualTo("sid_1");
      assertThat(written(event)).isEqualTo(json);
    }

    @Test
    void aFingerprintCalculatedEventOfAnOlderGenerationReadsLosslesslyAsAnUnknownEvent() {
      String json =
          event(
              "session.fingerprint.calculated",
              "{\"object\":\"session_fingerprint\",\"session\":{\"id\":\"sid_1\"},"
                  + "\"visitor_fingerprint\":{\"id\":\"vid_1\",\"confidence\":93,"
                  + "\"identified_at\":\"2026-03-24T20:00:05.000Z\"},\"request\":{},"
                  + "\"calculated_at\":\"2026-03-24T20:00:05.000Z\"}");

      WebhookEvent event = TripwireJson.read(json, WebhookEvent.class);

      assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
      assertThat(event.type().isKnown()).isFalse();
      assertThat(event.type().value()).isEqualTo("session.fingerprint.calculated");
      assertThat(((UnknownWebhookEvent) event).data().at("/visitor_fingerprint/confidence").asInt())
          .isEqualTo(93);
      assertThat(written(event)).isEqualTo(json);
    }

    private String event(String type, String data) {
      return "{\"id\":\"wevt_0123456789abcdef0123456789abcdef\",\"object\":\"webhook_event\",\"type\":\""
          + type
          + "\",\"created\":\"2026-03-24T20:00:00.000Z\",\"data\":"
          + data
          + "}";
    }

    @Test
    void anExplicitNullIsWrittenBackAsAnExplicitNull() {
      WebhookRequestSummary withNull =
          TripwireJson.read("{\"url\":null,\"platform\":\"macOS\"}", WebhookRequestSummary.class);
      WebhookRequestSummary absent =
          TripwireJson.read("{\"platform\":\"macOS\"}", WebhookRequestSummary.class);

      assertThat(withNull.url()).isNull();
      assertThat(withNull.explicitNulls()).containsExactly("url");
      assertThat(written(withNull)).isEqualTo("{\"url\":null,\"platform\":\"macOS\"}");
      assertThat(written(absent)).isEqualTo("{\"platform\":\"macOS\"}");
      assertThat(withNull).as("the API treats both alike").isEqualTo(absent);
    }
  }

  @Nested
  class Timestamps {

    @ParameterizedTest
    @CsvSource({
      "2026-03-24T20:00:00.000Z,       2026-03-24T20:00:00.000Z",
      "2026-03-24T20:00:00Z,           2026-03-24T20:00:00.000Z",
      "2026-03-24T22:00:00+02:00,      2026-03-24T20:00:00.000Z",
      "2026-03-24T15:30:00.5-04:30,    2026-03-24T20:00:00.500Z",
      "2026-03-24T20:00:00.123456Z,    2026-03-24T20:00:00.123456Z",
      "2026-03-24T20:00:00.123456789Z, 2026-03-24T20:00:00.123456789Z",
    })
    void timestampsWithAnyOffsetAreReadAndWrittenInUtcWithMilliseconds(
        String read, String written) {
      Organization organization =
          TripwireJson.read(
              ORGANIZATION.replace("2026-03-24T19:00:00.000Z", read), Organization.class);

      assertThat(organization.createdAt()).isEqualTo(Instant.parse(written));
      assertThat(written(organization)).contains("\"created_at\":\"" + written + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-24T20:00:00", "2026-03-24", "yesterday", ""})
    void aTimestampWithoutAnOffsetFails(String text) {
      TripwireJsonException e =
          failure(ORGANIZATION.replace("2026-03-24T19:00:00.000Z", text), Organization.class);

      assertThat(e.getMessage())
          .isEqualTo(
              "Expected an ISO-8601 timestamp such as 2026-03-24T20:00:00.000Z at $.created_at");
    }
  }

  @Nested
  class OtherMappers {

    @Test
    void aPlainObjectMapperBindsTheModelTheSameWay() throws Exception {
      ObjectMapper plain = new ObjectMapper();

      ListEnvelope<Organization> page =
          plain.readValue(ORGANIZATIONS, new TypeReference<ListEnvelope<Organization>>() {});

      assertThat(page).isEqualTo(TripwireJson.read(bytes(ORGANIZATIONS), ORGANIZATION_LIST));
      assertThat(page.data().get(0)).isInstanceOf(Organization.class);
      assertThat(plain.writeValueAsString(page)).isEqualTo(ORGANIZATIONS);
      assertThat(plain.readValue(API_KEY, ApiKey.class)).isInstanceOf(SecretApiKey.class);
    }

    @Test
    void newObjectMapperIsIndependentOfTheSharedOne() {
      ObjectMapper mine = TripwireJson.newObjectMapper();
      mine.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

      assertThat(
              TripwireJson.newObjectMapper()
                  .isEnabled(
                      com.fasterxml.jackson.databind.DeserializationFeature
                          .FAIL_ON_TRAILING_TOKENS))
          .isTrue();
      assertThat(failure("{\"limit\":5,\"has_more\":true} {}", CursorPagination.class)).isNotNull();
    }

    @Test
    void treesBindLikeText() {
      JsonNode tree = TripwireJson.readTree(bytes(ORGANIZATION));

      assertThat(TripwireJson.fromTree(tree, Organization.class))
          .isEqualTo(TripwireJson.read(ORGANIZATION, Organization.class));
      assertThat(TripwireJson.toTree(TripwireJson.fromTree(tree, Organization.class)))
          .isEqualTo(tree);
      ((ObjectNode) tree).put("name", 5);
      assertThat(
              catchThrowableOfType(
                  TripwireJsonException.class,
                  () -> TripwireJson.fromTree(tree, Organization.class)))
          .hasMessage("Expected a string at $.name, found an integer");
    }

    @Test
    void theEnvelopeHelpersReadTheirBodies() {
      assertThat(
              TripwireJson.readEnvelope(
                      bytes("{\"data\":" + ORGANIZATION + ",\"meta\":{\"request_id\":\"req_1\"}}"),
                      Organization.class)
                  .data()
                  .name())
          .isEqualTo("Example");
      assertThat(TripwireJson.readListEnvelope(bytes(ORGANIZATIONS), Organization.class).data())
          .hasSize(1);
      assertThat(TripwireJson.toTree(Map.of("a", 1)).get("a").asInt()).isEqualTo(1);
    }
  }
}
