package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** The data of a {@code session.fingerprint.calculated} event. */
@Value.Immutable
public abstract class SessionFingerprintCalculatedPayload implements TripwireObject {

  /** {@return the object type, always {@code session_fingerprint}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session_fingerprint";
  }

  /** {@return the session, {@code sid_...}} */
  @JsonProperty(value = "session", required = true)
  public abstract IdReference session();

  /** {@return the visitor fingerprint calculated for the session} */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract CalculatedFingerprint visitorFingerprint();

  /** {@return the request the session started from} */
  @JsonProperty(value = "request", required = true)
  public abstract WebhookRequestSummary request();

  /** {@return when the fingerprint was calculated} */
  @JsonProperty(value = "calculated_at", required = true)
  public abstract Instant calculatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionFingerprintCalculatedPayload() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionFingerprintCalculatedPayload} values. */
  public static final class Builder extends ImmutableSessionFingerprintCalculatedPayload.Builder {
    Builder() {}
  }
}
