package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Touch input support of a device. */
@Value.Immutable
public abstract class TouchCapability implements TripwireObject {

  /** {@return whether touch input is available} Null when it was not reported. */
  @JsonProperty(value = "available", required = true)
  public abstract @Nullable Boolean available();

  /** {@return the most simultaneous touch points supported} Null when it was not reported. */
  @JsonProperty(value = "max_touch_points", required = true)
  public abstract @Nullable Integer maxTouchPoints();

  // Only the implementation that Immutables generates in this package extends this class.
  TouchCapability() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TouchCapability} values. */
  public static final class Builder extends ImmutableTouchCapability.Builder {
    Builder() {}
  }
}
