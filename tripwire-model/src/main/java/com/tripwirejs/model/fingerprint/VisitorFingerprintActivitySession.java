package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.session.Decision;
import com.tripwirejs.model.session.ScoreBreakdown;
import org.immutables.value.Value;

/** Visitor Fingerprint Activity Session. */
@Value.Immutable
public abstract class VisitorFingerprintActivitySession implements TripwireObject {

  /**
   * Session id.
   *
   * @return the session id
   */
  @JsonProperty(value = "session_id", required = true)
  public abstract String sessionId();

  /**
   * Decision.
   *
   * @return the decision
   */
  @JsonProperty(value = "decision", required = true)
  public abstract Decision decision();

  /**
   * Request.
   *
   * @return the request
   */
  @JsonProperty(value = "request", required = true)
  public abstract RequestContext request();

  /**
   * Score breakdown.
   *
   * @return the score breakdown
   */
  @JsonProperty(value = "score_breakdown", required = true)
  public abstract ScoreBreakdown scoreBreakdown();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintActivitySession} values. */
  public static final class Builder extends ImmutableVisitorFingerprintActivitySession.Builder {}
}
