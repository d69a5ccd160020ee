package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Detail Decision. */
@Value.Immutable
public abstract class SessionDetailDecision implements TripwireObject {

  /**
   * Event id.
   *
   * @return the event id
   */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /**
   * Automation status.
   *
   * @return the automation status
   */
  @JsonProperty(value = "automation_status", required = true)
  public abstract AutomationStatus automationStatus();

  /**
   * Risk score.
   *
   * @return the risk score
   */
  @JsonProperty(value = "risk_score", required = true)
  public abstract int riskScore();

  /**
   * Evaluation phase.
   *
   * @return the evaluation phase, or null
   */
  @JsonProperty(value = "evaluation_phase", required = true)
  public abstract @Nullable Phase evaluationPhase();

  /**
   * Decision status.
   *
   * @return the decision status
   */
  @JsonProperty(value = "decision_status", required = true)
  public abstract DecisionStatus decisionStatus();

  /**
   * Evaluated at.
   *
   * @return the evaluated at
   */
  @JsonProperty(value = "evaluated_at", required = true)
  public abstract Instant evaluatedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailDecision} values. */
  public static final class Builder extends ImmutableSessionDetailDecision.Builder {}
}
