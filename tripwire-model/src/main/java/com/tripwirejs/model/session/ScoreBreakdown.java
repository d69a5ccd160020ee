package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Score Breakdown. */
@Value.Immutable
public abstract class ScoreBreakdown implements TripwireObject {

  /**
   * Categories.
   *
   * @return the categories, or null
   */
  @JsonProperty(value = "categories", required = true)
  public abstract @Nullable Map<String, Integer> categories();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScoreBreakdown} values. */
  public static final class Builder extends ImmutableScoreBreakdown.Builder {}
}
