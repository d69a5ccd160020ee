package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.session.ManipulationSummary;
import com.tripwirejs.model.session.Verdict;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Persisted Decision. */
@Value.Immutable
public abstract class PersistedDecision implements TripwireObject {

  /**
   * Verdict.
   *
   * @return the verdict
   */
  @JsonProperty(value = "verdict", required = true)
  public abstract Verdict verdict();

  /**
   * Risk score.
   *
   * @return the risk score
   */
  @JsonProperty(value = "risk_score", required = true)
  public abstract int riskScore();

  /**
   * Score.
   *
   * @return the score
   */
  @JsonProperty(value = "score", required = true)
  public abstract double score();

  /**
   * Manipulation.
   *
   * @return the manipulation, or null
   */
  @JsonProperty(value = "manipulation", required = true)
  public abstract @Nullable ManipulationSummary manipulation();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedDecision} values. */
  public static final class Builder extends ImmutablePersistedDecision.Builder {}
}
