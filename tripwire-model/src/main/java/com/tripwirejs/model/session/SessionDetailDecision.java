package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A decision about a session, as the session detail shows it. */
@Value.Immutable
public abstract class SessionDetailDecision implements TripwireObject {

  /** {@return the id of the evaluation that produced the decision, {@code evt_...}} */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /** {@return whether the session is automated, human or uncertain} */
  @JsonProperty(value = "automation_status", required = true)
  public abstract AutomationStatus automationStatus();

  /** {@return the risk score, from 0 to 100; higher is riskier} */
  @JsonProperty(value = "risk_score", required = true)
  public abstract int riskScore();

  /** {@return the phase of analysis the decision was made in} Null when the API does not say. */
  @JsonProperty(value = "evaluation_phase", required = true)
  public abstract @Nullable Phase evaluationPhase();

  /** {@return whether the decision is preliminary or final} */
  @JsonProperty(value = "decision_status", required = true)
  public abstract DecisionStatus decisionStatus();

  /** {@return when the decision was made} */
  @JsonProperty(value = "evaluated_at", required = true)
  public abstract Instant evaluatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailDecision() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailDecision} values. */
  public static final class Builder extends ImmutableSessionDetailDecision.Builder {
    Builder() {}
  }
}
