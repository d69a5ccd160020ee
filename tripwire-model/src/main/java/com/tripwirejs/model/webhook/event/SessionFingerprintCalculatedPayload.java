package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** Session Fingerprint Calculated Payload. */
@Value.Immutable
public abstract class SessionFingerprintCalculatedPayload implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session_fingerprint";
  }

  /**
   * Session.
   *
   * @return the session
   */
  @JsonProperty(value = "session", required = true)
  public abstract IdReference session();

  /**
   * Visitor fingerprint.
   *
   * @return the visitor fingerprint
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract CalculatedFingerprint visitorFingerprint();

  /**
   * Request.
   *
   * @return the request
   */
  @JsonProperty(value = "request", required = true)
  public abstract WebhookRequestSummary request();

  /**
   * Calculated at.
   *
   * @return the calculated at
   */
  @JsonProperty(value = "calculated_at", required = true)
  public abstract Instant calculatedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionFingerprintCalculatedPayload} values. */
  public static final class Builder extends ImmutableSessionFingerprintCalculatedPayload.Builder {}
}
