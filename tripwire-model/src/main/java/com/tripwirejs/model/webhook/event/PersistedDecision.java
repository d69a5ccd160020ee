package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.session.ManipulationSummary;
import com.tripwirejs.model.session.Verdict;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The decision a {@code session.result.persisted} event reports. */
@Value.Immutable
public abstract class PersistedDecision implements TripwireObject {

  /** {@return the verdict: bot, human or inconclusive} */
  @JsonProperty(value = "verdict", required = true)
  public abstract Verdict verdict();

  /** {@return the risk score, from 0 to 100; higher is riskier} */
  @JsonProperty(value = "risk_score", required = true)
  public abstract int riskScore();

  /** {@return the score as a fraction, from 0 to 1} */
  @JsonProperty(value = "score", required = true)
  public abstract double score();

  /**
   * {@return the manipulation detected in the session} Null when there is no manipulation
   * assessment.
   */
  @JsonProperty(value = "manipulation", required = true)
  public abstract @Nullable ManipulationSummary manipulation();

  // Only the implementation that Immutables generates in this package extends this class.
  PersistedDecision() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedDecision} values. */
  public static final class Builder extends ImmutablePersistedDecision.Builder {
    Builder() {}
  }
}
