package com.tripwirejs.webhooks.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.fingerprint.RequestContext;
import com.tripwirejs.model.fingerprint.VisitorFingerprintLink;
import com.tripwirejs.model.session.Decision;
import com.tripwirejs.model.session.ScoreBreakdown;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The verified content of a sealed session token ({@code "object": "session_verification"}): the
 * decision Tripwire reached for a browser session, with the request, visitor fingerprint, signals
 * and score breakdown behind it.
 *
 * <p>The nested objects are the API's own model types, so a token's {@link #decision()} is the same
 * {@link Decision} as a session's latest decision read through the API. Properties added after this
 * SDK version are kept in {@link #unknownProperties()} at every level.
 */
@Value.Immutable
public abstract class SessionVerification implements TripwireObject {

  /**
   * The object type, {@code session_verification}.
   *
   * @return the object type
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session_verification";
  }

  /**
   * The session id, {@code sid_...}.
   *
   * @return the session id
   */
  @JsonProperty(value = "session_id", required = true)
  public abstract String sessionId();

  /**
   * The decision: verdict, risk score, phase and when it was evaluated.
   *
   * @return the decision
   */
  @JsonProperty(value = "decision", required = true)
  public abstract Decision decision();

  /**
   * The request the session was observed on.
   *
   * @return the request context
   */
  @JsonProperty(value = "request", required = true)
  public abstract RequestContext request();

  /**
   * The visitor fingerprint the session was linked to, or null when none was identified.
   *
   * @return the fingerprint link, or null
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable VisitorFingerprintLink visitorFingerprint();

  /**
   * The signals that contributed to the decision.
   *
   * @return the signals
   */
  @JsonProperty(value = "signals", required = true)
  public abstract List<SessionVerificationSignal> signals();

  /**
   * The risk score by category.
   *
   * @return the score breakdown
   */
  @JsonProperty(value = "score_breakdown", required = true)
  public abstract ScoreBreakdown scoreBreakdown();

  /**
   * Who the session's automation was attributed to.
   *
   * @return the attribution
   */
  @JsonProperty(value = "attribution", required = true)
  public abstract SessionVerificationAttribution attribution();

  /**
   * Context of the page embedding the browser SDK, as raw JSON, or null when there was none.
   *
   * @return the embed context, or null
   */
  @JsonProperty(value = "embed", required = true)
  public abstract @Nullable Map<String, JsonNode> embed();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionVerification() {}

  /**
   * A new builder, for tests that need a session verification without a token.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionVerification} values. */
  public static final class Builder extends ImmutableSessionVerification.Builder {
    Builder() {}
  }
}
