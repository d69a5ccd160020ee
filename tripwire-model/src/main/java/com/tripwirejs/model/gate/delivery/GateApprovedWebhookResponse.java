package com.tripwirejs.model.gate.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Approved Webhook Response. */
@Value.Immutable
public abstract class GateApprovedWebhookResponse implements TripwireObject {

  /**
   * Encrypted delivery.
   *
   * @return the encrypted delivery
   */
  @JsonProperty(value = "encrypted_delivery", required = true)
  public abstract GateDeliveryEnvelope encryptedDelivery();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateApprovedWebhookResponse} values. */
  public static final class Builder extends ImmutableGateApprovedWebhookResponse.Builder {}
}
