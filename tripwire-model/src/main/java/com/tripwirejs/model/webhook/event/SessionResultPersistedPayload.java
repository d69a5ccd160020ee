package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Result Persisted Payload. */
@Value.Immutable
public abstract class SessionResultPersistedPayload implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session_result";
  }

  /**
   * Session.
   *
   * @return the session
   */
  @JsonProperty(value = "session", required = true)
  public abstract IdReference session();

  /**
   * Event.
   *
   * @return the event
   */
  @JsonProperty(value = "event", required = true)
  public abstract PersistedScoringEvent event();

  /**
   * Decision.
   *
   * @return the decision
   */
  @JsonProperty(value = "decision", required = true)
  public abstract PersistedDecision decision();

  /**
   * Visitor fingerprint.
   *
   * @return the visitor fingerprint, or null
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable IdReference visitorFingerprint();

  /**
   * Request.
   *
   * @return the request
   */
  @JsonProperty(value = "request", required = true)
  public abstract WebhookRequestSummary request();

  /**
   * Score breakdown.
   *
   * @return the score breakdown
   */
  @JsonProperty(value = "score_breakdown", required = true)
  public abstract PersistedScoreBreakdown scoreBreakdown();

  /**
   * Signals.
   *
   * @return the signals
   */
  @JsonProperty(value = "signals", required = true)
  public abstract List<PersistedSignal> signals();

  /**
   * Attribution.
   *
   * @return the attribution
   */
  @JsonProperty(value = "attribution", required = true)
  public abstract PersistedAttribution attribution();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionResultPersistedPayload} values. */
  public static final class Builder extends ImmutableSessionResultPersistedPayload.Builder {}
}
