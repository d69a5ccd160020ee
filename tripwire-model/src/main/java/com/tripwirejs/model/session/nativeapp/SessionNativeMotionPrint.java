package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Motion Print. */
@Value.Immutable
public abstract class SessionNativeMotionPrint implements TripwireObject {

  /**
   * Platform.
   *
   * @return the platform
   */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /**
   * Sample count.
   *
   * @return the sample count
   */
  @JsonProperty(value = "sample_count", required = true)
  public abstract double sampleCount();

  /**
   * Gyro.
   *
   * @return the gyro
   */
  @JsonProperty(value = "gyro", required = true)
  public abstract SessionNativeMotionAxes gyro();

  /**
   * Accel.
   *
   * @return the accel
   */
  @JsonProperty(value = "accel", required = true)
  public abstract SessionNativeMotionAxes accel();

  /**
   * Mag.
   *
   * @return the mag, or null
   */
  @JsonProperty(value = "mag", required = true)
  public abstract @Nullable SessionNativeMotionAxes mag();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeMotionPrint} values. */
  public static final class Builder extends ImmutableSessionNativeMotionPrint.Builder {}
}
