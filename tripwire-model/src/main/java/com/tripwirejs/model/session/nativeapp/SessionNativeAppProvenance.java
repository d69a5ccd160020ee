package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** Session Native App Provenance. */
@Value.Immutable
public abstract class SessionNativeAppProvenance implements TripwireObject {

  /**
   * Detected.
   *
   * @return the detected
   */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /**
   * Signals.
   *
   * @return the signals
   */
  @JsonProperty(value = "signals", required = true)
  public abstract List<String> signals();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeAppProvenance} values. */
  public static final class Builder extends ImmutableSessionNativeAppProvenance.Builder {}
}
