package com.tripwirejs.gate.model.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The encrypted outputs of an approved Gate signup, as the agent's poll returns them. */
@Value.Immutable
public abstract class GateDeliveryBundle implements TripwireObject {

  /** {@return the envelope with the outputs of the service, the integrator} */
  @JsonProperty(value = "integrator", required = true)
  public abstract GateDeliveryEnvelope integrator();

  /** {@return the envelope with the outputs of Tripwire Gate itself} */
  @JsonProperty(value = "gate", required = true)
  public abstract GateDeliveryEnvelope gate();

  // Only the implementation that Immutables generates in this package extends this class.
  GateDeliveryBundle() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryBundle} values. */
  public static final class Builder extends ImmutableGateDeliveryBundle.Builder {
    Builder() {}
  }
}
