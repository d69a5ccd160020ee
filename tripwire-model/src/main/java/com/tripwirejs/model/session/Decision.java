package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A decision about a session, as the session list and the visitor fingerprint activity show it. */
@Value.Immutable
public abstract class Decision implements TripwireObject {

  /** {@return the id of the evaluation that produced the decision, {@code evt_...}} */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /** {@return the verdict: bot, human or inconclusive} */
  @JsonProperty(value = "verdict", required = true)
  public abstract Verdict verdict();

  /** {@return the risk score, from 0 to 100; higher is riskier} */
  @JsonProperty(value = "risk_score", required = true)
  public abstract int riskScore();

  /** {@return the phase of analysis the decision was made in} */
  @JsonProperty(value = "phase", required = true)
  public abstract Phase phase();

  /** {@return whether the decision may still change as more of the session is analyzed} */
  @JsonProperty(value = "is_provisional", required = true)
  public abstract boolean isProvisional();

  /**
   * {@return the manipulation detected in the session} Null when there is no manipulation
   * assessment.
   */
  @JsonProperty(value = "manipulation", required = true)
  public abstract @Nullable ManipulationSummary manipulation();

  /** {@return how long the evaluation took, in milliseconds} */
  @JsonProperty(value = "evaluation_duration_ms", required = true)
  public abstract int evaluationDurationMs();

  /** {@return when the decision was made} */
  @JsonProperty(value = "evaluated_at", required = true)
  public abstract Instant evaluatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  Decision() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Decision} values. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
