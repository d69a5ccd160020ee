package com.tripwirejs.gate.model.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * The answer a service gives to a {@code gate.session.approved} webhook: its outputs for the agent,
 * encrypted to the key of the session's delivery request.
 */
@Value.Immutable
public abstract class GateApprovedWebhookResponse implements TripwireObject {

  /** {@return the encrypted outputs} */
  @JsonProperty(value = "encrypted_delivery", required = true)
  public abstract GateDeliveryEnvelope encryptedDelivery();

  // Only the implementation that Immutables generates in this package extends this class.
  GateApprovedWebhookResponse() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateApprovedWebhookResponse} values. */
  public static final class Builder extends ImmutableGateApprovedWebhookResponse.Builder {
    Builder() {}
  }
}
