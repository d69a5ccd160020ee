package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Session Delivery Acknowledgement. */
@Value.Immutable
public abstract class GateSessionDeliveryAcknowledgement implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_session_delivery";
  }

  /**
   * Gate session id.
   *
   * @return the gate session id
   */
  @JsonProperty(value = "gate_session_id", required = true)
  public abstract String gateSessionId();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  @Value.Default
  public String status() {
    return "acknowledged";
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionDeliveryAcknowledgement} values. */
  public static final class Builder extends ImmutableGateSessionDeliveryAcknowledgement.Builder {}
}
