package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.fingerprint.VisitorFingerprintLink;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A session as the session list shows it: its id, its latest decision and the visitor it was
 * attributed to. Listing sessions needs a secret key with the {@code sessions:list} scope.
 */
@Value.Immutable
public abstract class SessionSummary implements TripwireObject {

  /** {@return the object type, always {@code session}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session";
  }

  /** {@return the session id, {@code sid_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return when the session started} Null when the API has no start time for it. */
  @JsonProperty(value = "created_at", required = true)
  public abstract @Nullable Instant createdAt();

  /** {@return the most recent decision about the session} */
  @JsonProperty(value = "latest_decision", required = true)
  public abstract Decision latestDecision();

  /**
   * {@return the visitor fingerprint the session was attributed to} Null when the session has none.
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable VisitorFingerprintLink visitorFingerprint();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionSummary() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionSummary} values. */
  public static final class Builder extends ImmutableSessionSummary.Builder {
    Builder() {}
  }
}
