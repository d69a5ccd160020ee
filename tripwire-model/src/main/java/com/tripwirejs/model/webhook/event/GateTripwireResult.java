package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.session.Verdict;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Gate Tripwire Result. */
@Value.Immutable
public abstract class GateTripwireResult implements TripwireObject {

  /**
   * Verdict.
   *
   * @return the verdict
   */
  @JsonProperty(value = "verdict", required = true)
  public abstract Verdict verdict();

  /**
   * Score.
   *
   * @return the score, or null
   */
  @JsonProperty(value = "score", required = true)
  public abstract @Nullable Double score();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateTripwireResult} values. */
  public static final class Builder extends ImmutableGateTripwireResult.Builder {}
}
