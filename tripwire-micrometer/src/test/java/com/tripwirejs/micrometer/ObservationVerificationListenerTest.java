package com.tripwirejs.micrometer;

import static com.tripwirejs.micrometer.Clients.low;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import com.tripwirejs.gate.delivery.GateApprovedWebhook;
import com.tripwirejs.gate.delivery.GateDelivery;
import com.tripwirejs.gate.delivery.GateDeliveryException;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook, sealed-token and Gate checks observed as {@code tripwire.verifications}: verified or
 * rejected with the reason's code, as children of the receiving request's observation, with
 * nothing of the body, token, signature, secret or outputs in any key value.
 */
class ObservationVerificationListenerTest {

  private static final String SECRET = "whsec_observed_test_secret";
  private static final String SECRET_KEY = "sk_test_observed_secret_key";
  private static final Instant NOW = Instant.parse("2026-06-01T00:05:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String BODY =
      "{\"id\":\"wevt_observed_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
          + "\"created\":\"2026-06-01T00:00:00.000Z\",\"data\":{\"object\":\"webhook_test\","
          + "\"endpoint\":{\"id\":\"we_observed_1\"}}}";

  private TestObservationRegistry registry;
  private RecordingHandler recorded;
  private ObservationVerificationListener listener;
  private WebhookVerifier verifier;
  private final WebhookSigner signer = WebhookSigner.of(SECRET).withClock(CLOCK);

  @BeforeEach
  void setUp() {
    registry = TestObservationRegistry.create();
    recorded = new RecordingHandler();
    registry.observationConfig().observationHandler(recorded);
    listener = new ObservationVerificationListener(registry);
    verifier =
        WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).listener(listener).build();
  }

  @Test
  void aVerifiedWebhookIsTheChildOfTheReceivingRequest() {
    WebhookSignature signature = signer.sign(BODY);
    Observation request = Observation.start("http.server.requests", registry);
    try (Observation.Scope scope = request.openScope()) {
      verifier.verify(BODY, signature.headers());
    }
    request.stop();

    Observation.Context check = only();
    assertThat(check.getParentObservation().getContextView()).isSameAs(request.getContext());
    assertThat(check.getContextualName()).isEqualTo("verify webhook");
    assertThat(low(check))
        .containsOnly(
            entry("kind", "webhook"),
            entry("outcome", "VERIFIED"),
            entry("reason", "none"),
            entry("generation", "foil"),
            entry("event.type", "webhook.test"));
    assertThat(check.getError()).isNull();
    assertNothingOf(BODY, signature.signature(), signature.timestamp(), SECRET, "wevt_observed_1");
  }

  @Test
  void rejectedWebhooksCarryTheReasonsCode() {
    WebhookSignature signature = signer.sign(BODY);
    WebhookSignature stale = signer.sign(BODY, NOW.minus(Duration.ofMinutes(10)));
    WebhookSignature tripwire = signer.withGeneration(ServiceGeneration.TRIPWIRE).sign(BODY);

    assertThat(catchThrowable(() -> verifier.verify(BODY.replace("we_observed_1", "we_observed_2"), signature.headers())))
        .isInstanceOf(WebhookVerificationException.class);
    assertThat(catchThrowable(() -> verifier.verify(BODY, stale.headers())))
        .isInstanceOf(WebhookVerificationException.class);
    assertThat(catchThrowable(() -> verifier.verify(BODY, Map.of())))
        .isInstanceOf(WebhookVerificationException.class);
    verifier.verifySignature(BODY, tripwire.headers());
    assertThat(
            catchThrowable(
                () -> verifier.verifySignature(BODY.getBytes(StandardCharsets.UTF_8), "12x", signature.signature())))
        .isInstanceOf(WebhookVerificationException.class);

    List<Observation.Context> checks = recorded.named(DefaultTripwireVerificationObservationConvention.NAME);
    assertThat(checks).hasSize(5);
    assertThat(checks)
        .extracting(c -> low(c).get("outcome") + " " + low(c).get("reason") + " " + low(c).get("generation") + " " + low(c).get("event.type"))
        .containsExactly(
            "REJECTED SIGNATURE_MISMATCH foil none",
            "REJECTED TIMESTAMP_OUTSIDE_TOLERANCE foil none",
            "REJECTED MISSING_HEADER none none",
            "VERIFIED none tripwire none",
            "REJECTED MALFORMED_HEADER none none");
    assertThat(checks).allSatisfy(c -> assertThat(c.getError()).as("a rejection is an outcome, not an error").isNull());
    assertNothingOf(signature.signature(), stale.signature(), SECRET);
  }

  @Test
  void aVerifierBuiltElsewhereIsInstrumentedWithWithListener() {
    WebhookVerifier plain = WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).build();
    plain.verify(BODY, signer.sign(BODY).headers());
    assertThat(recorded.stopped()).isEmpty();

    WebhookVerifier observed = plain.withListener(listener);
    assertThat(observed.listener()).isSameAs(listener);
    observed.verify(BODY, signer.sign(BODY).headers());
    assertThat(low(only())).containsEntry("outcome", "VERIFIED");
  }

  @Test
  void sealedTokensAreObservedVerifiedOrRejected() {
    String token;
    String secretKey;
    String sessionId;
    try (FakeTripwire fake = FakeTripwire.start()) {
      sessionId = fake.sessionIds().get(0);
      token = fake.sealedToken(sessionId);
      secretKey = fake.secretKey();
    }
    SealedTokenVerifier tokens = SealedTokenVerifier.builder().addSecretKey(secretKey).listener(listener).build();
    SealedTokenVerifier otherKey = SealedTokenVerifier.of(SECRET_KEY).withListener(listener);

    assertThat(tokens.verify(token).sessionId()).isEqualTo(sessionId);
    assertThat(catchThrowable(() -> otherKey.verify(token))).isInstanceOf(SealedTokenException.class);
    assertThat(tokens.safeVerify("not base64!").isValid()).isFalse();

    List<Observation.Context> checks = recorded.named(DefaultTripwireVerificationObservationConvention.NAME);
    assertThat(checks)
        .extracting(c -> low(c).get("kind") + " " + low(c).get("outcome") + " " + low(c).get("reason"))
        .containsExactly(
            "sealed_token VERIFIED none",
            "sealed_token REJECTED RECIPIENT_NOT_FOUND",
            "sealed_token REJECTED MALFORMED_TOKEN");
    assertNothingOf(token, secretKey, SECRET_KEY, sessionId);
  }

  @Test
  void gateChecksAreObservedWithTheWebhookCheckInside() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    String approved = approvedWebhook(keys, "human");
    GateApprovedWebhook.verify(verifier, bytes(approved), signer.sign(approved).headers());
    String badVerdict = approvedWebhook(keys, "robot");
    assertThat(catchThrowable(() -> GateApprovedWebhook.verify(verifier, bytes(badVerdict), signer.sign(badVerdict).headers())))
        .isInstanceOf(GateDeliveryException.class);

    List<RecordingHandler.Stopped> stopped = recorded.stopped();
    assertThat(stopped).hasSize(4);
    Observation.Context innerOk = stopped.get(0).context();
    Observation.Context outerOk = stopped.get(1).context();
    assertThat(low(outerOk))
        .containsEntry("kind", "gate_approved_webhook")
        .containsEntry("outcome", "VERIFIED")
        .containsEntry("event.type", "gate.session.approved");
    assertThat(low(innerOk)).containsEntry("kind", "webhook").containsEntry("outcome", "VERIFIED");
    assertThat(innerOk.getParentObservation().getContextView()).isSameAs(outerOk);
    assertThat(low(stopped.get(3).context()))
        .containsEntry("kind", "gate_approved_webhook")
        .containsEntry("outcome", "REJECTED")
        .containsEntry("reason", "INVALID_WEBHOOK_PAYLOAD");
    assertThat(low(stopped.get(2).context())).containsEntry("kind", "webhook").containsEntry("outcome", "VERIFIED");

    recorded.clear();
    GateDeliveryEnvelope envelope = GateDelivery.encrypt(keys.delivery(), Map.of("ACME_API_KEY", "ak_live_observed_output"));
    assertThat(keys.withListener(listener).decrypt(envelope).outputs()).containsKey("ACME_API_KEY");
    GateDeliveryKeyPair stranger = GateDeliveryKeyPair.generate().withListener(listener);
    assertThat(catchThrowable(() -> stranger.decrypt(envelope))).isInstanceOf(GateDeliveryException.class);
    List<Observation.Context> deliveries = recorded.named(DefaultTripwireVerificationObservationConvention.NAME);
    assertThat(deliveries).extracting(c -> low(c).get("kind") + " " + low(c).get("outcome") + " " + low(c).get("reason"))
        .containsExactly("gate_delivery VERIFIED none", "gate_delivery REJECTED INVALID_ENVELOPE");
    assertNothingOf("ak_live_observed_output", keys.exportPkcs8().reveal(), keys.keyId());
  }

  @Test
  void aMeterRegistryCountsChecksByKindOutcomeAndReason() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    WebhookVerifier counted = verifier.withListener(new ObservationVerificationListener(observations));
    WebhookSignature signature = signer.sign(BODY);
    counted.verify(BODY, signature.headers());
    counted.verify(BODY, signature.headers());
    catchThrowable(() -> counted.verify(BODY + " ", signature.headers()));

    assertThat(meters.get("tripwire.verifications").tag("kind", "webhook").tag("outcome", "VERIFIED").timer().count())
        .isEqualTo(2);
    assertThat(
            meters.get("tripwire.verifications")
                .tag("outcome", "REJECTED")
                .tag("reason", "SIGNATURE_MISMATCH")
                .timer()
                .count())
        .isEqualTo(1);
  }

  private static String approvedWebhook(GateDeliveryKeyPair keys, String verdict) {
    return "{\"id\":\"wevt_gate_1\",\"object\":\"webhook_event\",\"type\":\"gate.session.approved\","
        + "\"created\":\"2026-06-01T00:00:00.000Z\",\"data\":{\"service_id\":\"acme\","
        + "\"gate_session_id\":\"gate_observed_1\",\"gate_account_id\":\"gacct_1\","
        + "\"account_name\":\"Acme\",\"metadata\":null,\"foil\":{\"verdict\":\"" + verdict
        + "\",\"score\":0.2},\"delivery\":" + TripwireJson.write(keys.delivery()) + "}}";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Observation.Context only() {
    List<Observation.Context> found = recorded.named(DefaultTripwireVerificationObservationConvention.NAME);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  /** No key value of any observation contains any of these. */
  private void assertNothingOf(String... secrets) {
    for (RecordingHandler.Stopped stopped : recorded.stopped()) {
      for (KeyValue value : stopped.context().getAllKeyValues()) {
        for (String secret : secrets) {
          assertThat(value.getValue()).doesNotContain(secret);
        }
      }
      assertThat(String.valueOf(stopped.context().getContextualName())).doesNotContain("wevt_");
    }
  }
}
