package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The data of a {@code session.result.persisted} event: a session's decision with the evidence
 * behind it.
 */
@Value.Immutable
public abstract class SessionResultPersistedPayload implements TripwireObject {

  /** {@return the object type, always {@code session_result}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session_result";
  }

  /** {@return the session, {@code sid_...}} */
  @JsonProperty(value = "session", required = true)
  public abstract IdReference session();

  /** {@return the evaluation whose result was stored} */
  @JsonProperty(value = "event", required = true)
  public abstract PersistedScoringEvent event();

  /** {@return the decision} */
  @JsonProperty(value = "decision", required = true)
  public abstract PersistedDecision decision();

  /**
   * {@return the visitor fingerprint of the session, {@code vid_...}} Null when the session has
   * none.
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable IdReference visitorFingerprint();

  /** {@return the request the session started from} */
  @JsonProperty(value = "request", required = true)
  public abstract WebhookRequestSummary request();

  /** {@return the risk score by category} */
  @JsonProperty(value = "score_breakdown", required = true)
  public abstract PersistedScoreBreakdown scoreBreakdown();

  /** {@return the detection signals behind the decision} */
  @JsonProperty(value = "signals", required = true)
  public abstract List<PersistedSignal> signals();

  /** {@return who or what the session is attributed to} */
  @JsonProperty(value = "attribution", required = true)
  public abstract PersistedAttribution attribution();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionResultPersistedPayload() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionResultPersistedPayload} values. */
  public static final class Builder extends ImmutableSessionResultPersistedPayload.Builder {
    Builder() {}
  }
}
