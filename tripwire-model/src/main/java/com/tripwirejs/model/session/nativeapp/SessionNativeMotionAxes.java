package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** Session Native Motion Axes. */
@Value.Immutable
public abstract class SessionNativeMotionAxes implements TripwireObject {

  /**
   * Bias.
   *
   * @return the bias
   */
  @JsonProperty(value = "bias", required = true)
  public abstract List<Double> bias();

  /**
   * Noise.
   *
   * @return the noise
   */
  @JsonProperty(value = "noise", required = true)
  public abstract List<Double> noise();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeMotionAxes} values. */
  public static final class Builder extends ImmutableSessionNativeMotionAxes.Builder {}
}
