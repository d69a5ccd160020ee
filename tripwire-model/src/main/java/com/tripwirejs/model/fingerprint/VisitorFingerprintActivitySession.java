package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.session.Decision;
import com.tripwirejs.model.session.ScoreBreakdown;
import org.immutables.value.Value;

/** One session of a visitor: its decision, the request and the score breakdown. */
@Value.Immutable
public abstract class VisitorFingerprintActivitySession implements TripwireObject {

  /** {@return the session id, {@code sid_...}} */
  @JsonProperty(value = "session_id", required = true)
  public abstract String sessionId();

  /** {@return the session's decision} */
  @JsonProperty(value = "decision", required = true)
  public abstract Decision decision();

  /** {@return the request the session started from} */
  @JsonProperty(value = "request", required = true)
  public abstract RequestContext request();

  /** {@return the session's risk score by category} */
  @JsonProperty(value = "score_breakdown", required = true)
  public abstract ScoreBreakdown scoreBreakdown();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintActivitySession() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintActivitySession} values. */
  public static final class Builder extends ImmutableVisitorFingerprintActivitySession.Builder {
    Builder() {}
  }
}
