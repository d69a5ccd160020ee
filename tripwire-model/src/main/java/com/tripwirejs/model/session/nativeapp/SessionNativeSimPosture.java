package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The SIM card check of a native app session. */
@Value.Immutable
public abstract class SessionNativeSimPosture implements TripwireObject {

  /** {@return whether the SIM check found something suspicious} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /** {@return the signals behind the result} */
  @JsonProperty(value = "signals", required = true)
  public abstract List<String> signals();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeSimPosture() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeSimPosture} values. */
  public static final class Builder extends ImmutableSessionNativeSimPosture.Builder {
    Builder() {}
  }
}
