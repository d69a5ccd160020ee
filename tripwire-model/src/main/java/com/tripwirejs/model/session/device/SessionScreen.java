package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Screen. */
@Value.Immutable
public abstract class SessionScreen implements TripwireObject {

  /**
   * Size.
   *
   * @return the size, or null
   */
  @JsonProperty(value = "size", required = true)
  public abstract @Nullable String size();

  /**
   * Color depth.
   *
   * @return the color depth, or null
   */
  @JsonProperty(value = "color_depth", required = true)
  public abstract @Nullable Integer colorDepth();

  /**
   * Pixel ratio.
   *
   * @return the pixel ratio, or null
   */
  @JsonProperty(value = "pixel_ratio", required = true)
  public abstract @Nullable Double pixelRatio();

  /**
   * Orientation type.
   *
   * @return the orientation type, or null
   */
  @JsonProperty(value = "orientation_type", required = true)
  public abstract @Nullable String orientationType();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionScreen} values. */
  public static final class Builder extends ImmutableSessionScreen.Builder {}
}
