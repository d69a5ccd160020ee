package com.tripwirejs.gate.delivery;

import com.tripwirejs.webhooks.VerificationKind;
import com.tripwirejs.webhooks.VerificationListener;

/**
 * The kinds of check that Gate's inbound helpers tell a {@link VerificationListener} about, beside
 * {@link VerificationKind#WEBHOOK} and {@link VerificationKind#SEALED_TOKEN}. A rejected Gate check
 * carries the name of its {@link GateDeliveryException.Reason} (or, for the webhook's own checks,
 * of its {@link com.tripwirejs.webhooks.WebhookVerificationException.Reason}).
 */
public final class GateVerificationKinds {

  /**
   * A {@code gate.session.approved} delivery read by {@link GateApprovedWebhook#verify(
   * com.tripwirejs.webhooks.WebhookVerifier, byte[], java.util.Map)}: the webhook checks, then the
   * approved-payload checks. Told to the verifier's listener, which also sees the webhook check
   * inside it as {@link VerificationKind#WEBHOOK}.
   */
  public static final VerificationKind APPROVED_WEBHOOK = VerificationKind.of("gate_approved_webhook");

  /** An encrypted delivery opened by {@link GateDeliveryKeyPair#decrypt(GateDeliveryEnvelope)}. */
  public static final VerificationKind DELIVERY = VerificationKind.of("gate_delivery");

  private GateVerificationKinds() {}
}
