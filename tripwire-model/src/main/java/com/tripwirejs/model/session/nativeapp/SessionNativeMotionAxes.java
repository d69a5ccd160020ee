package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The bias and noise of one motion sensor, one value per axis. */
@Value.Immutable
public abstract class SessionNativeMotionAxes implements TripwireObject {

  /** {@return the sensor's bias on each axis} */
  @JsonProperty(value = "bias", required = true)
  public abstract List<Double> bias();

  /** {@return the sensor's noise on each axis} */
  @JsonProperty(value = "noise", required = true)
  public abstract List<Double> noise();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeMotionAxes() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeMotionAxes} values. */
  public static final class Builder extends ImmutableSessionNativeMotionAxes.Builder {
    Builder() {}
  }
}
