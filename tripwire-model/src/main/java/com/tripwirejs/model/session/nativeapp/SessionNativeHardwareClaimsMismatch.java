package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The check that a device's hardware is what it claims to be. */
@Value.Immutable
public abstract class SessionNativeHardwareClaimsMismatch implements TripwireObject {

  /** {@return whether the hardware contradicts its claims} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /** {@return the signals behind the result} */
  @JsonProperty(value = "signals", required = true)
  public abstract List<String> signals();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeHardwareClaimsMismatch() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeHardwareClaimsMismatch} values. */
  public static final class Builder extends ImmutableSessionNativeHardwareClaimsMismatch.Builder {
    Builder() {}
  }
}
