package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Platform authenticator (passkey) support of a device. */
@Value.Immutable
public abstract class PlatformAuthenticatorCapability implements TripwireObject {

  /**
   * {@return whether a user-verifying platform authenticator is available} Null when it was not
   * reported.
   */
  @JsonProperty(value = "available", required = true)
  public abstract @Nullable Boolean available();

  /**
   * {@return whether conditional mediation (passkey autofill) is available} Null when it was not
   * reported.
   */
  @JsonProperty(value = "conditional_mediation", required = true)
  public abstract @Nullable Boolean conditionalMediation();

  // Only the implementation that Immutables generates in this package extends this class.
  PlatformAuthenticatorCapability() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlatformAuthenticatorCapability} values. */
  public static final class Builder extends ImmutablePlatformAuthenticatorCapability.Builder {
    Builder() {}
  }
}
