package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

  static final String SECRET = "whsec_example_secret";
  static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static final String TEST_EVENT =
      "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
          + "\"created\":\"2026-01-02T00:00:00.000Z\","
          + "\"data\":{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}}";

  final WebhookVerifier verifier = WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).build();
  final WebhookSigner signer = WebhookSigner.of(SECRET).withClock(CLOCK);

  @Test
  void verifiesASignedDeliveryAndReadsItsEvent() {
    WebhookSignature signature = signer.sign(TEST_EVENT);

    WebhookEvent event = verifier.verify(TEST_EVENT, signature.headers());

    assertThat(event).isInstanceOf(WebhookTestEvent.class);
    assertThat(event.id()).isEqualTo("wevt_1");
    assertThat(((WebhookTestEvent) event).data().endpoint().id()).isEqualTo("we_1");
  }

  @Test
  void readsEveryKnownEventTypeIntoItsVariant() {
    Map<String, Class<?>> bodies =
        Map.of(
            "{\"id\":\"wevt_3\",\"object\":\"webhook_event\",\"type\":\"session.result.persisted\","
                + "\"created\":\"2026-01-02T00:00:00.000Z\",\"data\":{\"object\":\"session_result\","
                + "\"session\":{\"id\":\"sid_1\"},\"event\":{\"id\":\"evt_1\",\"scoring_event_id\":\"se_1\","
                + "\"phase\":null,\"is_provisional\":null,\"persisted_at\":\"2026-01-02T00:00:00.000Z\"},"
                + "\"decision\":{\"verdict\":\"human\",\"risk_score\":3,\"score\":0.03,\"manipulation\":null},"
                + "\"visitor_fingerprint\":null,\"request\":{},\"score_breakdown\":{\"categories\":{}},"
                + "\"signals\":[],\"attribution\":{}}}",
            SessionResultPersistedEvent.class,
            TEST_EVENT,
            WebhookTestEvent.class);
    bodies.forEach(
        (body, type) -> assertThat(verifier.verify(body, signer.sign(body).headers())).isInstanceOf(type));
  }

  @Test
  void anUnknownEventTypeCarriesItsRawDataUnlessTheVerifierIsStrict() {
    String body = TEST_EVENT.replace("webhook.test", "session.deleted");
    WebhookEvent event = verifier.verify(body, signer.sign(body).headers());

    assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
    assertThat(event.type()).isEqualTo(WebhookEventType.of("session.deleted"));
    assertThat(((UnknownWebhookEvent) event).data().path("endpoint").path("id").asText()).isEqualTo("we_1");

    WebhookVerifier strict =
        WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).rejectUnknownEventTypes(true).build();
    assertThatThrownBy(() -> strict.verify(body, signer.sign(body).headers()))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EVENT_TYPE))
        .hasMessageContaining("\"session.deleted\"");
    assertThat(strict.verify(TEST_EVENT, signer.sign(TEST_EVENT).headers())).isInstanceOf(WebhookTestEvent.class);
  }

  @Test
  void aGateApprovedEventIsAnUnknownEventCarryingItsData() {
    // The current API has no Gate: tripwire-gate reads and checks this event type.
    String body =
        approvedEvent("{\"service_id\":\"acme\",\"gate_session_id\":\"gate_1\",\"gate_account_id\":\"gacct_1\","
            + "\"account_name\":\"Acme\",\"metadata\":null,\"tripwire\":{\"verdict\":\"human\",\"score\":null},"
            + "\"delivery\":{\"version\":1}}");
    WebhookEvent event = verifier.verify(body, signer.sign(body).headers());

    assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
    assertThat(((UnknownWebhookEvent) event).data().path("gate_session_id").asText()).isEqualTo("gate_1");
  }

  @Test
  void bodiesThatAreNotEventsAreInvalidAfterTheSignatureChecks() {
    for (String body :
        List.of("", "not json", "[]", "{}", "{\"id\":\"wevt_1\"}", TEST_EVENT.replace("\"webhook_event\"", "\"event\""), TEST_EVENT + "x")) {
      assertThatThrownBy(() -> verifier.verify(body, signer.sign(body).headers()))
          .as(body)
          .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_EVENT));
      assertThatThrownBy(() -> verifier.verify(body, signer.sign(body + " ").headers()))
          .as("verify before parse: %s", body)
          .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
    }
  }

  @Test
  void theToleranceIsInclusiveInBothDirections() {
    for (long skew : new long[] {-300, -299, 0, 299, 300}) {
      WebhookSignature signature = signer.sign(TEST_EVENT, NOW.plusSeconds(skew));
      assertThat(verifier.verify(TEST_EVENT, signature.headers())).as("skew %d", skew).isNotNull();
    }
    for (long skew : new long[] {-301, 301, -86_400, 86_400}) {
      WebhookSignature signature = signer.sign(TEST_EVENT, NOW.plusSeconds(skew));
      assertThatThrownBy(() -> verifier.verify(TEST_EVENT, signature.headers()))
          .as("skew %d", skew)
          .isInstanceOfSatisfying(
              WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_OUTSIDE_TOLERANCE));
    }
  }

  @Test
  void theToleranceIsConfigurable() {
    WebhookVerifier tight =
        WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).tolerance(Duration.ofSeconds(10)).build();
    assertThat(tight.verify(TEST_EVENT, signer.sign(TEST_EVENT, NOW.minusSeconds(10)).headers())).isNotNull();
    assertThatThrownBy(() -> tight.verify(TEST_EVENT, signer.sign(TEST_EVENT, NOW.minusSeconds(11)).headers()))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123abc", " 1767312000", "1767312000 ", "", "+1767312000", "1767312000.0", "1e9",
      "\u0661\u0667\u0666\u0667", "0x6955", "99999999999999999999999", "-"})
  void aTimestampThatIsNotAPlainIntegerIsMalformed(String timestamp) {
    String signature = signer.sign(TEST_EVENT).signature();
    assertThatThrownBy(() -> verifier.verify(TEST_EVENT, timestamp, signature))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER))
        .hasMessageContaining("X-Foil-Timestamp or X-Tripwire-Timestamp");
  }

  @Test
  void aSignatureThatIsNotLowercaseHexIsMalformed() {
    WebhookSignature signature = signer.sign(TEST_EVENT);
    for (String bad : List.of(signature.signature().toUpperCase(), "", signature.signature() + "0", "sha256=" + signature.signature())) {
      assertThatThrownBy(() -> verifier.verify(TEST_EVENT, signature.timestamp(), bad))
          .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
    }
  }

  @Test
  void missingHeadersAreNamed() {
    WebhookSignature signature = signer.sign(TEST_EVENT);
    assertThatThrownBy(() -> verifier.verify(TEST_EVENT, Map.of("X-Foil-Signature", signature.signature())))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
        .hasMessageContaining("X-Foil-Timestamp");
    assertThatThrownBy(() -> verifier.verify(TEST_EVENT, Map.of("X-Foil-Timestamp", signature.timestamp())))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
        .hasMessageContaining("X-Foil-Signature");
  }

  @Test
  void headerNamesMatchCaseInsensitivelyInMapsOfAnyValueShape() {
    WebhookSignature s = signer.sign(TEST_EVENT);
    List<Map<String, ?>> shapes =
        List.of(
            Map.of("x-tripwire-timestamp", s.timestamp(), "x-tripwire-signature", s.signature()),
            Map.of("X-TRIPWIRE-TIMESTAMP", List.of(s.timestamp()), "X-Tripwire-Signature", List.of(s.signature())),
            Map.of("X-Tripwire-Timestamp", new String[] {s.timestamp()}, "x-tripwire-SIGNATURE", s.signature(),
                "Content-Type", List.of("application/json")));
    for (Map<String, ?> headers : shapes) {
      assertThat(verifier.verify(TEST_EVENT.getBytes(StandardCharsets.UTF_8), headers)).isInstanceOf(WebhookTestEvent.class);
    }
    Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.put("x-tripwire-timestamp", List.of(s.timestamp()));
    caseInsensitive.put("x-tripwire-signature", List.of(s.signature()));
    assertThat(verifier.verify(TEST_EVENT, caseInsensitive)).isInstanceOf(WebhookTestEvent.class);
  }

  @Test
  void aHeaderSentTwiceIsMalformed() {
    WebhookSignature s = signer.sign(TEST_EVENT);
    Map<String, Object> headers = new HashMap<>();
    headers.put("X-Tripwire-Timestamp", s.timestamp());
    headers.put("X-Tripwire-Signature", List.of(s.signature(), s.signature()));
    assertThatThrownBy(() -> verifier.verify(TEST_EVENT, headers))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
    headers.put("X-Tripwire-Signature", s.signature());
    headers.put("x-tripwire-timestamp", s.timestamp());
    assertThatThrownBy(() -> verifier.verify(TEST_EVENT, headers))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
  }

  @Test
  void headersComeFromALookupFunctionAsServletsAndJavalinGiveThem() {
    WebhookSignature s = signer.sign(TEST_EVENT);
    Map<String, String> lowerCaseOnly = Map.of("x-tripwire-timestamp", s.timestamp(), "x-tripwire-signature", s.signature());
    Function<String, String> lookup = lowerCaseOnly::get;

    assertThat(verifier.verify(TEST_EVENT, lookup)).isInstanceOf(WebhookTestEvent.class);
    assertThat(verifier.verify(TEST_EVENT.getBytes(StandardCharsets.UTF_8), s.headers()::get)).isInstanceOf(WebhookTestEvent.class);
  }

  @Test
  void severalSigningSecretsKeepDeliveriesWorkingDuringARotation() {
    WebhookVerifier rotating =
        WebhookVerifier.builder().addSigningSecret("whsec_old").addSigningSecret(Secret.of("whsec_new")).clock(CLOCK).build();
    for (String secret : List.of("whsec_old", "whsec_new")) {
      assertThat(rotating.verify(TEST_EVENT, WebhookSigner.of(secret).withClock(CLOCK).sign(TEST_EVENT).headers()))
          .isInstanceOf(WebhookTestEvent.class);
    }
    assertThatThrownBy(() -> rotating.verify(TEST_EVENT, WebhookSigner.of("whsec_other").withClock(CLOCK).sign(TEST_EVENT).headers()))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH))
        .hasMessageContaining("2 signing secrets");
  }

  @Test
  void theSignatureCoversTheExactBytes() {
    String unicode = TEST_EVENT.replace("we_1", "we_\u00e9\u20ac\ud83d\ude00");
    WebhookSignature s = signer.sign(unicode);
    assertThat(verifier.verify(unicode.getBytes(StandardCharsets.UTF_8), s.headers())).isNotNull();
    assertThatThrownBy(() -> verifier.verify(unicode.getBytes(StandardCharsets.ISO_8859_1), s.headers()))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verifySignature(TEST_EVENT.replace("wevt_1", "wevt_2"), signer.sign(TEST_EVENT).timestamp(), signer.sign(TEST_EVENT).signature()))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void configurationMistakesFailWhenTheVerifierIsBuilt() {
    assertThatThrownBy(() -> WebhookVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("addSigningSecret");
    assertThatThrownBy(() -> WebhookVerifier.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void secretsNeverShowInToStringOrMessages() {
    assertThat(verifier.toString()).doesNotContain(SECRET).contains("signingSecrets=1");
    assertThat(signer.toString()).doesNotContain(SECRET);
    assertThatThrownBy(() -> verifier.verify(TEST_EVENT, signer.sign(TEST_EVENT + "x").headers()))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("wevt_1"));
  }

  static String approvedEvent(String data) {
    return "{\"id\":\"wevt_4\",\"object\":\"webhook_event\",\"type\":\"gate.session.approved\","
        + "\"created\":\"2026-01-02T00:00:00.000Z\",\"data\":" + data + "}";
  }
}
