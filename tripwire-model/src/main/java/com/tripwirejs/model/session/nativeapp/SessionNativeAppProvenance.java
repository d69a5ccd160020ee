package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The check of where a native app was installed from. */
@Value.Immutable
public abstract class SessionNativeAppProvenance implements TripwireObject {

  /** {@return whether the app's origin is suspicious} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /** {@return the signals behind the result} */
  @JsonProperty(value = "signals", required = true)
  public abstract List<String> signals();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeAppProvenance() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeAppProvenance} values. */
  public static final class Builder extends ImmutableSessionNativeAppProvenance.Builder {
    Builder() {}
  }
}
