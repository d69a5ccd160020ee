package com.tripwirejs.model.gate.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Delivery Bundle. */
@Value.Immutable
public abstract class GateDeliveryBundle implements TripwireObject {

  /**
   * Integrator.
   *
   * @return the integrator
   */
  @JsonProperty(value = "integrator", required = true)
  public abstract GateDeliveryEnvelope integrator();

  /**
   * Gate.
   *
   * @return the gate
   */
  @JsonProperty(value = "gate", required = true)
  public abstract GateDeliveryEnvelope gate();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryBundle} values. */
  public static final class Builder extends ImmutableGateDeliveryBundle.Builder {}
}
