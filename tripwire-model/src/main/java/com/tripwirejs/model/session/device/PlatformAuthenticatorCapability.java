package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Platform Authenticator Capability. */
@Value.Immutable
public abstract class PlatformAuthenticatorCapability implements TripwireObject {

  /**
   * Available.
   *
   * @return the available, or null
   */
  @JsonProperty(value = "available", required = true)
  public abstract @Nullable Boolean available();

  /**
   * Conditional mediation.
   *
   * @return the conditional mediation, or null
   */
  @JsonProperty(value = "conditional_mediation", required = true)
  public abstract @Nullable Boolean conditionalMediation();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlatformAuthenticatorCapability} values. */
  public static final class Builder extends ImmutablePlatformAuthenticatorCapability.Builder {}
}
