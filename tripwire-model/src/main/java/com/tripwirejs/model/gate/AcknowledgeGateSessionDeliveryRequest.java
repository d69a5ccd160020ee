package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Acknowledge Gate Session Delivery Request. */
@Value.Immutable
public abstract class AcknowledgeGateSessionDeliveryRequest implements TripwireObject {

  /**
   * Ack token.
   *
   * @return the ack token
   */
  @JsonProperty(value = "ack_token", required = true)
  public abstract Secret ackToken();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AcknowledgeGateSessionDeliveryRequest} values. */
  public static final class Builder extends ImmutableAcknowledgeGateSessionDeliveryRequest.Builder {}
}
