package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Manipulation Summary. */
@Value.Immutable
public abstract class ManipulationSummary implements TripwireObject {

  /**
   * Score.
   *
   * @return the score, or null
   */
  @JsonProperty(value = "score", required = true)
  public abstract @Nullable Integer score();

  /**
   * Verdict.
   *
   * @return the verdict, or null
   */
  @JsonProperty(value = "verdict", required = true)
  public abstract @Nullable ManipulationVerdict verdict();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ManipulationSummary} values. */
  public static final class Builder extends ImmutableManipulationSummary.Builder {}
}
