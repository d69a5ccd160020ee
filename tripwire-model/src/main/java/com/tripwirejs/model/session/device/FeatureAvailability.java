package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Whether a browser feature is available. */
@Value.Immutable
public abstract class FeatureAvailability implements TripwireObject {

  /** {@return whether the feature is available} Null when it was not reported. */
  @JsonProperty(value = "available", required = true)
  public abstract @Nullable Boolean available();

  // Only the implementation that Immutables generates in this package extends this class.
  FeatureAvailability() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FeatureAvailability} values. */
  public static final class Builder extends ImmutableFeatureAvailability.Builder {
    Builder() {}
  }
}
