package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The risk score of a session broken down by category. */
@Value.Immutable
public abstract class ScoreBreakdown implements TripwireObject {

  /**
   * {@return the score of each category, such as {@code behavioral}, from 0 to 100} Null when the
   * session has no breakdown.
   */
  @JsonProperty(value = "categories", required = true)
  public abstract @Nullable Map<String, Integer> categories();

  // Only the implementation that Immutables generates in this package extends this class.
  ScoreBreakdown() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScoreBreakdown} values. */
  public static final class Builder extends ImmutableScoreBreakdown.Builder {
    Builder() {}
  }
}
