package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The manipulation detected in a session, as a score and a level. */
@Value.Immutable
public abstract class ManipulationSummary implements TripwireObject {

  /** {@return the manipulation score, from 0 to 100} Null when there is no score. */
  @JsonProperty(value = "score", required = true)
  public abstract @Nullable Integer score();

  /** {@return the manipulation level} Null when there is no verdict. */
  @JsonProperty(value = "verdict", required = true)
  public abstract @Nullable ManipulationVerdict verdict();

  // Only the implementation that Immutables generates in this package extends this class.
  ManipulationSummary() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ManipulationSummary} values. */
  public static final class Builder extends ImmutableManipulationSummary.Builder {
    Builder() {}
  }
}
