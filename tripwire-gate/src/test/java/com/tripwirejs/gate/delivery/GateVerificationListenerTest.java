package com.tripwirejs.gate.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.webhooks.VerificationKind;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.VerificationOutcome;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Gate's inbound checks tell a {@link VerificationListener}: the approved webhook through its
 * verifier's listener (with the webhook check inside it), delivery decryption through the key
 * pair's; rejections carry the {@link GateDeliveryException.Reason} name, never the payload.
 */
class GateVerificationListenerTest {

  private static final String SECRET = "whsec_gate_listener";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  private final List<String> told = new CopyOnWriteArrayList<>();
  private final VerificationListener listener =
      kind -> {
        told.add("start " + kind);
        return outcome -> told.add("end " + describe(outcome));
      };

  @Test
  void theApprovedWebhookIsToldThroughItsVerifiersListener() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    WebhookVerifier verifier =
        WebhookVerifier.builder().addSigningSecret(SECRET).clock(CLOCK).listener(listener).build();
    WebhookSigner signer = WebhookSigner.of(SECRET).withClock(CLOCK);
    String approved = approved(keys, "human");
    String invalid = approved(keys, "robot");

    GateApprovedWebhook.verify(verifier, bytes(approved), signer.sign(approved).headers());
    assertThat(catchThrowable(() -> GateApprovedWebhook.verify(verifier, bytes(invalid), signer.sign(invalid).headers())))
        .isInstanceOf(GateDeliveryException.class);
    assertThat(catchThrowable(() -> GateApprovedWebhook.verify(verifier, bytes(approved), Map.of())))
        .isInstanceOf(com.tripwirejs.webhooks.WebhookVerificationException.class);

    assertThat(told)
        .containsExactly(
            "start gate_approved_webhook",
            "start webhook",
            "end webhook true null null",
            "end gate_approved_webhook true null gate.session.approved",
            "start gate_approved_webhook",
            "start webhook",
            "end webhook true null null",
            "end gate_approved_webhook false INVALID_WEBHOOK_PAYLOAD null",
            "start gate_approved_webhook",
            "start webhook",
            "end webhook false MISSING_HEADER null",
            "end gate_approved_webhook false MISSING_HEADER null");
  }

  @Test
  void decryptionIsToldThroughTheKeyPairsListener() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateDeliveryEnvelope envelope = GateDelivery.encrypt(keys.delivery(), Map.of("ACME_API_KEY", "ak_live_x"));
    assertThat(keys.listener()).isSameAs(VerificationListener.NONE);
    keys.decrypt(envelope);
    assertThat(told).isEmpty();

    GateDeliveryKeyPair observed = keys.withListener(listener);
    assertThat(observed.keyId()).isEqualTo(keys.keyId());
    assertThat(observed.decrypt(TripwireJson.write(envelope)).outputs()).containsKey("ACME_API_KEY");
    assertThat(catchThrowable(() -> observed.decrypt("{}"))).isInstanceOf(GateDeliveryException.class);
    GateDeliveryKeyPair other = GateDeliveryKeyPair.generate().withListener(listener);
    assertThat(catchThrowable(() -> other.decrypt(envelope))).isInstanceOf(GateDeliveryException.class);

    assertThat(told)
        .containsExactly(
            "start gate_delivery",
            "end gate_delivery true null null",
            "start gate_delivery",
            "end gate_delivery false INVALID_ENVELOPE null",
            "start gate_delivery",
            "end gate_delivery false INVALID_ENVELOPE null");
    assertThat(told).noneMatch(line -> line.contains("ak_live_x"));
    assertThat(GateVerificationKinds.DELIVERY).isEqualTo(VerificationKind.of("gate_delivery"));
  }

  private static String describe(VerificationOutcome outcome) {
    return outcome.kind() + " " + outcome.verified() + " " + outcome.reason() + " " + outcome.eventType();
  }

  private static String approved(GateDeliveryKeyPair keys, String verdict) {
    return "{\"id\":\"wevt_gate_1\",\"object\":\"webhook_event\",\"type\":\"gate.session.approved\","
        + "\"created\":\"2026-06-01T00:00:00.000Z\",\"data\":{\"service_id\":\"acme\","
        + "\"gate_session_id\":\"gate_1\",\"gate_account_id\":\"gacct_1\",\"account_name\":\"Acme\","
        + "\"metadata\":null,\"foil\":{\"verdict\":\"" + verdict + "\",\"score\":0.2},\"delivery\":"
        + TripwireJson.write(keys.delivery()) + "}}";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
