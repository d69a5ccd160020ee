package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Decision. */
@Value.Immutable
public abstract class Decision implements TripwireObject {

  /**
   * Event id.
   *
   * @return the event id
   */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

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
   * Phase.
   *
   * @return the phase
   */
  @JsonProperty(value = "phase", required = true)
  public abstract Phase phase();

  /**
   * Is provisional.
   *
   * @return the is provisional
   */
  @JsonProperty(value = "is_provisional", required = true)
  public abstract boolean isProvisional();

  /**
   * Manipulation.
   *
   * @return the manipulation, or null
   */
  @JsonProperty(value = "manipulation", required = true)
  public abstract @Nullable ManipulationSummary manipulation();

  /**
   * Evaluation duration ms.
   *
   * @return the evaluation duration ms
   */
  @JsonProperty(value = "evaluation_duration_ms", required = true)
  public abstract int evaluationDurationMs();

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

  /** Builds {@link Decision} values. */
  public static final class Builder extends ImmutableDecision.Builder {}
}
