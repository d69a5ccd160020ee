package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The motion sensor print of a native app's device: the bias and noise of its gyroscope,
 * accelerometer and magnetometer, which differ from one physical device to the next.
 */
@Value.Immutable
public abstract class SessionNativeMotionPrint implements TripwireObject {

  /** {@return the platform that reported the sensors} */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /** {@return how many sensor samples the print is built from} */
  @JsonProperty(value = "sample_count", required = true)
  public abstract double sampleCount();

  /** {@return the gyroscope's bias and noise} */
  @JsonProperty(value = "gyro", required = true)
  public abstract SessionNativeMotionAxes gyro();

  /** {@return the accelerometer's bias and noise} */
  @JsonProperty(value = "accel", required = true)
  public abstract SessionNativeMotionAxes accel();

  /**
   * {@return the magnetometer's bias and noise} Null when the device reported no magnetometer data.
   */
  @JsonProperty(value = "mag", required = true)
  public abstract @Nullable SessionNativeMotionAxes mag();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeMotionPrint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeMotionPrint} values. */
  public static final class Builder extends ImmutableSessionNativeMotionPrint.Builder {
    Builder() {}
  }
}
