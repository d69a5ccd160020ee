package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The screen of a device. */
@Value.Immutable
public abstract class SessionScreen implements TripwireObject {

  /**
   * {@return the screen size in CSS pixels, width by height, such as {@code 1440x900}} Null when it
   * was not reported.
   */
  @JsonProperty(value = "size", required = true)
  public abstract @Nullable String size();

  /** {@return the color depth in bits} Null when it was not reported. */
  @JsonProperty(value = "color_depth", required = true)
  public abstract @Nullable Integer colorDepth();

  /**
   * {@return the ratio of device pixels to CSS pixels, such as {@code 1.5}} Null when it was not
   * reported.
   */
  @JsonProperty(value = "pixel_ratio", required = true)
  public abstract @Nullable Double pixelRatio();

  /**
   * {@return the screen orientation, such as {@code landscape-primary}} Null when it was not
   * reported.
   */
  @JsonProperty(value = "orientation_type", required = true)
  public abstract @Nullable String orientationType();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionScreen() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionScreen} values. */
  public static final class Builder extends ImmutableSessionScreen.Builder {
    Builder() {}
  }
}
