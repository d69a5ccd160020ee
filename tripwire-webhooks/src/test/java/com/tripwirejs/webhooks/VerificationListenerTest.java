package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.testing.TestTokens;
import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A {@link VerificationListener} is told every check of a webhook or sealed-token verifier, once,
 * on the verifying thread, before the verifier returns or throws: verified, or rejected with the
 * reason's name, the webhook headers' generation and the event type; never the input. A listener
 * that throws changes no outcome.
 */
class VerificationListenerTest {

  static final String SECRET = "whsec_listener_secret";
  static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String BODY = WebhookVerifierTest.TEST_EVENT;
  static final String KEY = "sk_live_listener_key";
  static final String PAYLOAD =
      "{\"object\":\"session_verification\",\"session_id\":\"sid_123\","
          + "\"decision\":{\"event_id\":\"evt_1\",\"verdict\":\"bot\",\"risk_score\":91,"
          + "\"phase\":\"snapshot\",\"is_provisional\":true,\"manipulation\":null,"
          + "\"evaluation_duration_ms\":5,\"evaluated_at\":\"2026-03-24T20:00:00.000Z\"},"
          + "\"request\":{\"user_agent\":\"curl/8\",\"url\":\"https://example.com/\","
          + "\"screen_size\":null,\"is_touch_capable\":null,\"ip_address\":\"203.0.113.1\"},"
          + "\"visitor_fingerprint\":null,\"signals\":[],"
          + "\"score_breakdown\":{\"categories\":{\"automation\":91}},"
          + "\"attribution\":{\"bot\":{\"name\":\"curl\"}},\"embed\":null}";

  final Recording recording = new Recording();
  final WebhookSigner signer = WebhookSigner.of(SECRET).withClock(CLOCK);
  final WebhookVerifier verifier =
      WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).listener(recording).build();

  @Test
  void everyWebhookEntryPointIsToldOnce() {
    WebhookSignature signature = signer.sign(BODY);
    byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
    verifier.verify(BODY, signature.headers());
    verifier.verify(bytes, signature.headers()::get);
    verifier.verify(bytes, signature.timestamp(), signature.signature());
    verifier.verifySignature(BODY, signature.headers());
    verifier.verifySignature(bytes, signature.headers()::get);
    verifier.verifySignature(bytes, signature.timestamp(), signature.signature());

    assertThat(recording.log)
        .containsExactly(
            "start webhook", "end webhook verified null FOIL webhook.test on " + thread(),
            "start webhook", "end webhook verified null FOIL webhook.test on " + thread(),
            "start webhook", "end webhook verified null null webhook.test on " + thread(),
            "start webhook", "end webhook verified null FOIL null on " + thread(),
            "start webhook", "end webhook verified null FOIL null on " + thread(),
            "start webhook", "end webhook verified null null null on " + thread());
  }

  @Test
  void rejectionsCarryTheReasonAndTheGeneration() {
    WebhookSignature tripwire = signer.withGeneration(ServiceGeneration.TRIPWIRE).sign(BODY);
    WebhookSignature stale = signer.sign(BODY, NOW.minus(Duration.ofMinutes(6)));
    assertThat(catchThrowable(() -> verifier.verify(BODY + " ", tripwire.headers()))).isInstanceOf(WebhookVerificationException.class);
    assertThat(catchThrowable(() -> verifier.verify(BODY, stale.headers()))).isInstanceOf(WebhookVerificationException.class);
    assertThat(catchThrowable(() -> verifier.verify(BODY, Map.of("X-Foil-Timestamp", "1")))).isInstanceOf(WebhookVerificationException.class);
    String unknownType = BODY.replace("webhook.test", "brand.new.type");
    WebhookVerifier strict = WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).rejectUnknownEventTypes(true).listener(recording).build();
    assertThat(catchThrowable(() -> strict.verify(unknownType, signer.sign(unknownType).headers()))).isInstanceOf(WebhookVerificationException.class);
    verifier.verify(unknownType, signer.sign(unknownType).headers());

    assertThat(recording.outcomes)
        .extracting(o -> o.verified() + " " + o.reason() + " " + o.generation() + " " + o.eventType())
        .containsExactly(
            "false SIGNATURE_MISMATCH TRIPWIRE null",
            "false TIMESTAMP_OUTSIDE_TOLERANCE FOIL null",
            "false MISSING_HEADER null null",
            "false UNKNOWN_EVENT_TYPE FOIL null",
            "true null FOIL brand.new.type");
  }

  @Test
  void sealedTokensAreToldVerifiedOrRejected() {
    String token = TestTokens.seal(KEY, PAYLOAD);
    SealedTokenVerifier tokens = SealedTokenVerifier.builder().addSecretKey(KEY).listener(recording).build();
    tokens.verify(token);
    assertThat(tokens.safeVerify("AAAA").isValid()).isFalse();
    SealedTokenVerifier other = SealedTokenVerifier.of("sk_live_other").withListener(recording);
    assertThat(other.listener()).isSameAs(recording);
    assertThat(catchThrowable(() -> other.verify(token))).isInstanceOf(SealedTokenException.class);

    assertThat(recording.outcomes)
        .extracting(o -> o.kind() + " " + o.verified() + " " + o.reason())
        .containsExactly(
            "sealed_token true null",
            "sealed_token false UNSUPPORTED_VERSION",
            "sealed_token false AUTHENTICATION_FAILURE");
    assertThat(recording.log).noneMatch(line -> line.contains(token) || line.contains(KEY));
  }

  @Test
  void aListenerThatThrowsChangesNoOutcome() {
    VerificationListener throwingStart = kind -> {
      throw new IllegalStateException("broken on start");
    };
    VerificationListener throwingEnd = kind -> outcome -> {
      throw new IllegalStateException("broken on end");
    };
    WebhookSignature signature = signer.sign(BODY);
    assertThat(verifier.withListener(throwingStart).verify(BODY, signature.headers()).id()).isEqualTo("wevt_1");
    assertThat(verifier.withListener(throwingEnd).verify(BODY, signature.headers()).id()).isEqualTo("wevt_1");
    assertThatThrownBy(() -> verifier.withListener(throwingEnd).verify(BODY + " ", signature.headers()))
        .isInstanceOf(WebhookVerificationException.class)
        .hasNoSuppressedExceptions();
    VerificationListener returnsNull = kind -> null;
    assertThat(verifier.withListener(returnsNull).verify(BODY, signature.headers()).id()).isEqualTo("wevt_1");
    assertThat(SealedTokenVerifier.of(KEY).withListener(throwingEnd).safeVerify("AAAA").isValid()).isFalse();
  }

  @Test
  void theListenerIsPartOfTheVerifierButNotOfItsSecrets() {
    assertThat(WebhookVerifier.of(SECRET).listener()).isSameAs(VerificationListener.NONE);
    assertThat(verifier.listener()).isSameAs(recording);
    assertThat(verifier.withListener(VerificationListener.NONE).listener()).isSameAs(VerificationListener.NONE);
    assertThat(verifier.toString()).doesNotContain(SECRET).contains(Recording.class.getName());
    assertThat(SealedTokenVerifier.of(KEY).listener()).isSameAs(VerificationListener.NONE);
  }

  @Test
  void kindsAndOutcomesAreCheckedWhenBuilt() {
    assertThat(VerificationKind.of("gate_delivery").name()).isEqualTo("gate_delivery");
    assertThatThrownBy(() -> VerificationKind.of("Webhook")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VerificationKind.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerificationOutcome(VerificationKind.WEBHOOK, true, "X", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerificationOutcome(VerificationKind.WEBHOOK, false, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(VerificationOutcome.rejected(VerificationKind.WEBHOOK, new NullPointerException("x")).reason())
        .isEqualTo("NullPointerException");
  }

  private static String thread() {
    return Thread.currentThread().getName();
  }

  /** Records starts and outcomes in one sequence. */
  static final class Recording implements VerificationListener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<VerificationOutcome> outcomes = new CopyOnWriteArrayList<>();

    @Override
    public Verification onVerificationStart(VerificationKind kind) {
      log.add("start " + kind);
      return outcome -> {
        log.add(
            "end " + outcome.kind() + " " + (outcome.verified() ? "verified" : "rejected") + " "
                + outcome.reason() + " " + outcome.generation() + " " + outcome.eventType()
                + " on " + Thread.currentThread().getName());
        outcomes.add(outcome);
      };
    }
  }
}
