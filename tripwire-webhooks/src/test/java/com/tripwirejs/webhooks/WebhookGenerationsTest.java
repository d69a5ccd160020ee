package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The header names of both generations, the choice between them, the three entry points, and
 * lenient and strict reading of event types outside today's contract.
 */
class WebhookGenerationsTest {

  static final String SECRET = "whsec_generations_secret";
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final ServiceGeneration FOIL = ServiceGeneration.FOIL;
  static final ServiceGeneration TRIPWIRE = ServiceGeneration.TRIPWIRE;

  static final String TEST_EVENT =
      "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
          + "\"created\":\"2026-06-01T00:00:00.000Z\","
          + "\"data\":{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}}";

  final WebhookVerifier lenient = WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).build();
  final WebhookVerifier strict =
      WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).rejectUnknownEventTypes(true).build();
  final WebhookSigner signer = WebhookSigner.of(SECRET).withClock(CLOCK);
  final WebhookSignature signed = signer.sign(TEST_EVENT);
  final String timestamp = signed.timestamp();
  final String signature = signed.signature();

  static void assertRejected(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Nested
  class HeaderNames {

    @Test
    void theSignerWritesTheFoilNamesByDefaultAndAnotherGenerationsWhenAsked() {
      assertThat(signed.generation()).isEqualTo(ServiceGeneration.CURRENT).isEqualTo(FOIL);
      assertThat(signed.headers()).containsOnlyKeys("X-Foil-Timestamp", "X-Foil-Signature");
      WebhookSignature legacy = signer.withGeneration(TRIPWIRE).sign(TEST_EVENT);
      assertThat(legacy.headers()).containsOnlyKeys("X-Tripwire-Timestamp", "X-Tripwire-Signature");
      assertThat(legacy.signature()).isEqualTo(signature);
      assertThat(legacy).isNotEqualTo(signed);
    }

    @ParameterizedTest
    @EnumSource(ServiceGeneration.class)
    void aDeliveryUnderEitherGenerationsNamesVerifies(ServiceGeneration generation) {
      Map<String, String> headers = signer.withGeneration(generation).sign(TEST_EVENT).headers();
      assertThat(headers.keySet())
          .containsExactly(generation.webhookTimestampHeader(), generation.webhookSignatureHeader());

      assertThat(lenient.verify(TEST_EVENT, headers)).isInstanceOf(WebhookTestEvent.class);
      assertThat(lenient.verify(TEST_EVENT.getBytes(StandardCharsets.UTF_8), headers::get))
          .isInstanceOf(WebhookTestEvent.class);
      lenient.verifySignature(TEST_EVENT, headers);
      assertThat(WebhookSignature.fromHeaders(headers).generation()).isEqualTo(generation);
    }

    @ParameterizedTest
    @EnumSource(ServiceGeneration.class)
    void namesMatchInLowerAndUpperCaseInMapsAndLookupFunctions(ServiceGeneration generation) {
      for (Function<String, String> caseOf :
          List.<Function<String, String>>of(n -> n.toLowerCase(Locale.ROOT), n -> n.toUpperCase(Locale.ROOT))) {
        Map<String, String> headers =
            Map.of(
                caseOf.apply(generation.webhookTimestampHeader()), timestamp,
                caseOf.apply(generation.webhookSignatureHeader()), signature);
        assertThat(lenient.verify(TEST_EVENT, headers)).isInstanceOf(WebhookTestEvent.class);
        assertThat(WebhookSignature.fromHeaders(headers).generation()).isEqualTo(generation);
      }
      // A lookup function over a map that stores the names in lower case, as HTTP/2 sends them.
      Map<String, String> lowerOnly =
          Map.of(
              generation.webhookTimestampHeader().toLowerCase(Locale.ROOT), timestamp,
              generation.webhookSignatureHeader().toLowerCase(Locale.ROOT), signature);
      assertThat(lenient.verify(TEST_EVENT, lowerOnly::get)).isInstanceOf(WebhookTestEvent.class);
    }

    @Test
    void aTimestampOfOneGenerationWithTheSignatureOfTheOtherIsAMix() {
      for (ServiceGeneration first : ServiceGeneration.ACCEPTED) {
        ServiceGeneration other = first == FOIL ? TRIPWIRE : FOIL;
        Map<String, String> headers =
            Map.of(first.webhookTimestampHeader(), timestamp, other.webhookSignatureHeader(), signature);
        assertRejected(() -> lenient.verify(TEST_EVENT, headers), Reason.MIXED_HEADERS);
        assertRejected(() -> lenient.verifySignature(TEST_EVENT, headers::get), Reason.MIXED_HEADERS);
        assertThatThrownBy(() -> WebhookSignature.fromHeaders(headers))
            .hasMessageContaining(first.webhookTimestampHeader())
            .hasMessageContaining(other.webhookSignatureHeader())
            .hasMessageContaining("never a mix");
      }
    }

    @Test
    void aCompletePairWithHalfAPairOfTheOtherGenerationIsAMix() {
      for (ServiceGeneration complete : ServiceGeneration.ACCEPTED) {
        ServiceGeneration half = complete == FOIL ? TRIPWIRE : FOIL;
        for (String halfName : List.of(half.webhookTimestampHeader(), half.webhookSignatureHeader())) {
          Map<String, String> headers = new HashMap<>(signer.withGeneration(complete).sign(TEST_EVENT).headers());
          headers.put(halfName, halfName.endsWith("Timestamp") ? timestamp : signature);
          assertRejected(() -> lenient.verify(TEST_EVENT, headers), Reason.MIXED_HEADERS);
        }
      }
    }

    @Test
    void twoCompletePairsUseTheFoilPairWhateverTheOtherHolds() {
      Map<String, String> headers = new HashMap<>(signed.headers());
      headers.put("X-Tripwire-Timestamp", "not a timestamp");
      headers.put("X-Tripwire-Signature", "not a signature");
      assertThat(lenient.verify(TEST_EVENT, headers)).isInstanceOf(WebhookTestEvent.class);
      assertThat(WebhookSignature.fromHeaders(headers)).isEqualTo(signed);

      // The Tripwire pair is valid and the Foil one is not: Foil is used, with no fallback.
      Map<String, String> foilWrong = new HashMap<>(signer.withGeneration(TRIPWIRE).sign(TEST_EVENT).headers());
      foilWrong.put("X-Foil-Timestamp", timestamp);
      foilWrong.put("X-Foil-Signature", signer.sign(TEST_EVENT + " ").signature());
      assertRejected(() -> lenient.verify(TEST_EVENT, foilWrong), Reason.SIGNATURE_MISMATCH);
      assertRejected(() -> lenient.verify(TEST_EVENT, foilWrong::get), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void aMissingHeaderIsNamedInTheGenerationTheOtherOneUses() {
      assertThatThrownBy(() -> lenient.verify(TEST_EVENT, Map.of("X-Foil-Timestamp", timestamp)))
          .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
          .hasMessageContaining("no X-Foil-Signature");
      assertThatThrownBy(() -> lenient.verify(TEST_EVENT, Map.of("x-tripwire-signature", signature)))
          .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
          .hasMessageContaining("no X-Tripwire-Timestamp");
      assertThatThrownBy(() -> lenient.verify(TEST_EVENT, Map.of("Content-Type", "application/json")))
          .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
          .hasMessageContaining("X-Foil-Timestamp and X-Foil-Signature")
          .hasMessageContaining("X-Tripwire-Timestamp and X-Tripwire-Signature");
    }

    @Test
    void valuesPassedWithoutNamesWorkForEitherGenerationAndFailingChecksNameBothHeaders() {
      assertThat(lenient.verify(TEST_EVENT, timestamp, signature)).isInstanceOf(WebhookTestEvent.class);
      assertThatThrownBy(() -> lenient.verify(TEST_EVENT, "soon", signature))
          .hasMessageContaining("X-Foil-Timestamp or X-Tripwire-Timestamp");
      assertThatThrownBy(() -> lenient.verify(TEST_EVENT, timestamp, null))
          .hasMessageContaining("X-Foil-Signature or X-Tripwire-Signature");
      // With names, a failure names the header that was used.
      assertThatThrownBy(() -> lenient.verify(TEST_EVENT, Map.of("X-Tripwire-Timestamp", "soon", "X-Tripwire-Signature", signature)))
          .hasMessageStartingWith("X-Tripwire-Timestamp must be");
    }
  }

  @Nested
  class SigningSecrets {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void anEmptyOrBlankSecretIsRefusedWhenTheVerifierIsBuilt(String secret) {
      for (ThrowingCallable build :
          List.<ThrowingCallable>of(
              () -> WebhookVerifier.of(secret),
              () -> WebhookVerifier.of(Secret.of(secret)),
              () -> WebhookVerifier.builder().addSigningSecret(SECRET).addSigningSecret(secret),
              () -> WebhookSigner.of(secret))) {
        assertThatThrownBy(build)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("signing secret must not be")
            .hasMessageContaining("whsec_");
      }
    }
  }

  @Nested
  class EntryPoints {

    @Test
    void verifySignatureChecksTheSignatureWithoutReadingTheBody() {
      String notAnEvent = "not json at all";
      WebhookSignature s = signer.sign(notAnEvent);
      lenient.verifySignature(notAnEvent, s.headers());
      lenient.verifySignature(notAnEvent.getBytes(StandardCharsets.UTF_8), s.headers()::get);
      lenient.verifySignature(notAnEvent, s.timestamp(), s.signature());
      assertRejected(() -> lenient.verify(notAnEvent, s.headers()), Reason.INVALID_EVENT);
      assertRejected(() -> lenient.verifySignature(notAnEvent + " ", s.headers()), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void parseEventReadsABodyWithoutAnySignature() {
      WebhookEvent parsed = WebhookVerifier.parseEvent(TEST_EVENT);
      assertThat(parsed).isInstanceOf(WebhookTestEvent.class);
      assertThat(WebhookVerifier.parseEvent(TEST_EVENT.getBytes(StandardCharsets.UTF_8))).isEqualTo(parsed);
      assertThat(lenient.verify(TEST_EVENT, signed.headers())).isEqualTo(parsed);
      assertRejected(() -> WebhookVerifier.parseEvent("{}"), Reason.INVALID_EVENT);
    }

    @Test
    void parseEventIsLenientByDefaultAndStrictWhenAsked() {
      String future = event("account.future", "{\"n\":1}");
      assertThat(WebhookVerifier.parseEvent(future)).isInstanceOf(UnknownWebhookEvent.class);
      assertThat(WebhookVerifier.parseEvent(future.getBytes(StandardCharsets.UTF_8), false))
          .isInstanceOf(UnknownWebhookEvent.class);
      assertRejected(
          () -> WebhookVerifier.parseEvent(future.getBytes(StandardCharsets.UTF_8), true), Reason.UNKNOWN_EVENT_TYPE);
      assertThat(WebhookVerifier.parseEvent(TEST_EVENT.getBytes(StandardCharsets.UTF_8), true))
          .isInstanceOf(WebhookTestEvent.class);
    }
  }

  @Nested
  class EventTypesOutsideTodaysContract {

    static final String FINGERPRINT_DATA =
        "{\"object\":\"session_fingerprint\",\"session\":{\"id\":\"sid_1\"},\"visitor_fingerprint\":{\"id\":\"vid_1\","
            + "\"confidence\":90,\"identified_at\":\"2026-06-01T00:00:00.000Z\"},\"request\":{},"
            + "\"calculated_at\":\"2026-06-01T00:00:00.000Z\"}";

    static final String GATE_DATA =
        "{\"service_id\":\"acme\",\"gate_session_id\":\"gate_1\",\"gate_account_id\":\"gacct_1\","
            + "\"account_name\":\"Acme\",\"metadata\":null,\"foil\":{\"verdict\":\"human\",\"score\":null},"
            + "\"delivery\":{\"version\":1,\"algorithm\":\"x25519-hkdf-sha256/aes-256-gcm\",\"key_id\":\"k\","
            + "\"public_key\":\"p\"}}";

    @ParameterizedTest
    @ValueSource(strings = {"session.fingerprint.calculated", "account.future"})
    void aVerifiedEventOfSuchATypeIsAnUnknownEventWithItsRawDataByDefault(String type) {
      String data = type.startsWith("session.") ? FINGERPRINT_DATA : "{\"n\":[1,2.5,null],\"s\":\"x\"}";
      assertReadLosslesslyByDefaultAndRejectedWhenStrict(event(type, data), type);
      assertThat(WebhookEventType.of(type).isKnown()).isFalse();
    }

    @Test
    void aGateApprovedEventIsAnUnknownEventInTheCore() {
      assertThat(WebhookEvent.class.getPermittedSubclasses())
          .noneMatch(c -> c.getSimpleName().startsWith("Gate"));
      assertReadLosslesslyByDefaultAndRejectedWhenStrict(
          event("gate.session.approved", GATE_DATA), "gate.session.approved");
    }

    private void assertReadLosslesslyByDefaultAndRejectedWhenStrict(String body, String type) {
      Map<String, String> headers = signer.sign(body).headers();

      WebhookEvent event = lenient.verify(body, headers);

      assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
      assertThat(event.type().value()).isEqualTo(type);
      assertThat(((UnknownWebhookEvent) event).data())
          .isEqualTo(TripwireJson.readTree(body.getBytes(StandardCharsets.UTF_8)).get("data"));
      assertThat(TripwireJson.write(event)).isEqualTo(body);
      assertThat(WebhookVerifier.parseEvent(body)).isEqualTo(event);

      assertThatThrownBy(() -> strict.verify(body, headers))
          .isInstanceOfSatisfying(
              WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EVENT_TYPE))
          .hasMessageContaining("\"" + type + "\"")
          .hasMessageNotContaining(SECRET);
      strict.verifySignature(body, headers);
    }

    @Test
    void theStrictRejectionComesOnlyAfterTheSignatureVerified() {
      String body = event("session.fingerprint.calculated", FINGERPRINT_DATA);
      WebhookSignature good = signer.sign(body);
      assertRejected(() -> strict.verify(body, signer.sign(body + "x").headers()), Reason.SIGNATURE_MISMATCH);
      assertRejected(() -> strict.verify(body, good.timestamp(), "0" + good.signature().substring(1)), Reason.SIGNATURE_MISMATCH);
      assertRejected(() -> strict.verify(body, signer.sign(body, NOW.minusSeconds(301)).headers()), Reason.TIMESTAMP_OUTSIDE_TOLERANCE);
      assertRejected(() -> strict.verify(body, Map.of("X-Foil-Signature", good.signature())), Reason.MISSING_HEADER);
      assertRejected(
          () -> strict.verify(body, Map.of("X-Foil-Timestamp", good.timestamp(), "X-Tripwire-Signature", good.signature())),
          Reason.MIXED_HEADERS);
      assertRejected(() -> strict.verify(body, good.headers()), Reason.UNKNOWN_EVENT_TYPE);
    }

    @Test
    void theTypesOfTodaysContractPassTheStrictVerifier() {
      assertThat(strict.verify(TEST_EVENT, signed.headers())).isInstanceOf(WebhookTestEvent.class);
    }
  }

  static String event(String type, String data) {
    return "{\"id\":\"wevt_9\",\"object\":\"webhook_event\",\"type\":\"" + type
        + "\",\"created\":\"2026-06-01T00:00:00.000Z\",\"data\":" + data + "}";
  }
}
