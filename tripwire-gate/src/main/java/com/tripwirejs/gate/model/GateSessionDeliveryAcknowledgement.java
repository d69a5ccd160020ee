package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The answer to acknowledging a Gate session's delivery. */
@Value.Immutable
public abstract class GateSessionDeliveryAcknowledgement implements TripwireObject {

  /** {@return the object type, always {@code gate_session_delivery}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_session_delivery";
  }

  /** {@return the acknowledged Gate session, {@code gate_...}} */
  @JsonProperty(value = "gate_session_id", required = true)
  public abstract String gateSessionId();

  /** {@return the delivery status, always {@code acknowledged}} */
  @JsonProperty(value = "status", required = true)
  @Value.Default
  public String status() {
    return "acknowledged";
  }

  // Only the implementation that Immutables generates in this package extends this class.
  GateSessionDeliveryAcknowledgement() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionDeliveryAcknowledgement} values. */
  public static final class Builder extends ImmutableGateSessionDeliveryAcknowledgement.Builder {
    Builder() {}
  }
}
