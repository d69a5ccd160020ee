package com.tripwirejs.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.ApiKeyClientTarget;
import com.tripwirejs.model.session.SessionDetailVisitorFingerprint;
import com.tripwirejs.model.session.SessionSummary;
import org.junit.jupiter.api.Test;

/**
 * Properties that today's contract always sends but older generations' answers lack are read as
 * absent, written back absent, and still checked for their type when present.
 */
class OlderGenerationAnswersTest {

  private static final String SUMMARY =
      "{\"object\":\"session\",\"id\":\"sid_1\",\"created_at\":\"2026-03-24T20:00:00.000Z\","
          + "%s\"latest_decision\":{\"event_id\":\"evt_1\",\"verdict\":\"human\",\"risk_score\":94,"
          + "\"phase\":\"snapshot\",\"is_provisional\":false,"
          + "\"manipulation\":{\"score\":1,\"verdict\":\"none\"},"
          + "\"evaluation_duration_ms\":123,\"evaluated_at\":\"2026-03-24T20:00:05.000Z\"},"
          + "\"visitor_fingerprint\":null}";

  private static String summary(String clientUserId) {
    return String.format(SUMMARY, clientUserId);
  }

  private static JsonNode roundTrip(String json, Class<?> type) {
    Object read = TripwireJson.read(json, type);
    return TripwireJson.readTree(TripwireJson.writeBytes(read));
  }

  @Test
  void aSummaryWithoutClientUserIdReadsAsAbsentAndWritesBackWithout() {
    SessionSummary old = TripwireJson.read(summary(""), SessionSummary.class);

    assertThat(old.clientUserId()).isNull();
    assertThat(old.absentProperties()).containsExactly("client_user_id");
    assertThat(roundTrip(summary(""), SessionSummary.class).has("client_user_id")).isFalse();
  }

  @Test
  void anExplicitNullOrAValueIsWrittenBack() {
    SessionSummary cleared =
        TripwireJson.read(summary("\"client_user_id\":null,"), SessionSummary.class);
    assertThat(cleared.absentProperties()).isEmpty();
    assertThat(roundTrip(summary("\"client_user_id\":null,"), SessionSummary.class)
            .get("client_user_id")
            .isNull())
        .isTrue();
    assertThat(
            TripwireJson.read(summary("\"client_user_id\":\"user_1\","), SessionSummary.class)
                .clientUserId())
        .isEqualTo("user_1");
  }

  @Test
  void aValueBuiltInCodeWritesTheRequiredNull() {
    SessionSummary old = TripwireJson.read(summary(""), SessionSummary.class);
    SessionSummary built = SessionSummary.builder().from(old).absentProperties(java.util.List.of()).build();

    assertThat(TripwireJson.toTree(built).get("client_user_id").isNull()).isTrue();
    assertThat(built).as("absence is not part of equality").isEqualTo(old);
  }

  @Test
  void aPresentValueOfTheWrongTypeIsStillAnError() {
    TripwireJsonException e =
        catchThrowableOfType(
            TripwireJsonException.class,
            () -> TripwireJson.read(summary("\"client_user_id\":{\"id\":1},"), SessionSummary.class));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("$.client_user_id");
  }

  @Test
  void aResolutionIsNeverNullWhenPresentAndLeftOutWhenAbsent() {
    String fingerprint =
        "{\"object\":\"visitor_fingerprint\",\"id\":\"vid_1\",\"confidence\":90,"
            + "\"identified_at\":\"2026-03-24T20:00:00.000Z\",%s\"lifecycle\":"
            + "{\"first_seen_at\":\"2026-03-24T20:00:00.000Z\",\"last_seen_at\":\"2026-03-24T20:00:00.000Z\","
            + "\"seen_count\":1}}";
    String tripwire = String.format(fingerprint, "");
    SessionDetailVisitorFingerprint old =
        TripwireJson.read(tripwire, SessionDetailVisitorFingerprint.class);
    assertThat(old.resolution()).isNull();
    assertThat(roundTrip(tripwire, SessionDetailVisitorFingerprint.class).has("resolution")).isFalse();

    TripwireJsonException e =
        catchThrowableOfType(
            TripwireJsonException.class,
            () ->
                TripwireJson.read(
                    String.format(fingerprint, "\"resolution\":null,"),
                    SessionDetailVisitorFingerprint.class));
    assertThat(e).as("today's contract never sends a null resolution").isNotNull();
    assertThat(e.path()).isEqualTo("$.resolution");

    SessionDetailVisitorFingerprint today =
        TripwireJson.read(
            String.format(
                fingerprint, "\"resolution\":{\"method\":\"native_new\",\"basis\":null},"),
            SessionDetailVisitorFingerprint.class);
    assertThat(today.resolution().method().value()).isEqualTo("native_new");
    assertThat(today.resolution().basis()).isNull();
  }

  @Test
  void anApiKeyOfAnOlderGenerationHasNoClientTargetAndKeepsItsGateScopes() {
    String key =
        "{\"object\":\"api_key\",\"id\":\"key_1\",\"type\":\"secret\",\"environment\":\"live\","
            + "\"name\":\"Gate\",\"status\":\"active\",\"allowed_origins\":null,%s"
            + "\"scopes\":[\"gate:services:read\",\"sessions:read\"],\"rate_limit\":null,"
            + "\"key_preview\":\"sk_live_...\",\"last_used_at\":null,"
            + "\"created_at\":\"2026-03-24T20:00:00.000Z\",\"rotated_at\":null,\"revoked_at\":null,"
            + "\"grace_expires_at\":null}";
    String old = String.format(key, "");
    ApiKey read = TripwireJson.read(old, ApiKey.class);

    assertThat(read.clientTarget()).isNull();
    assertThat(read.absentProperties()).containsExactly("client_target");
    assertThat(read.scopes().get(0).isKnown()).isFalse();
    JsonNode written = roundTrip(old, ApiKey.class);
    assertThat(written.has("client_target")).isFalse();
    assertThat(written.get("scopes").get(0).asText()).isEqualTo("gate:services:read");

    ApiKey publishable =
        TripwireJson.read(
            String.format(key, "\"client_target\":\"native-android\",")
                .replace("\"secret\"", "\"publishable\""),
            ApiKey.class);
    assertThat(publishable.clientTarget()).isEqualTo(ApiKeyClientTarget.NATIVE_ANDROID);
    assertThat(publishable.absentProperties()).isEmpty();
  }
}
