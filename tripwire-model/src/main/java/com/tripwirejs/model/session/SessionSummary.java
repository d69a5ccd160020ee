package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.fingerprint.VisitorFingerprintLink;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import java.time.Instant;
import java.util.Set;
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

  /**
   * {@return the identifier of the end user of the session, as the organization attached it with
   * {@code attachClientUser}, at most 256 characters} Null while none is attached, and in answers
   * of older generations of the API, which lack it (see {@link #absentProperties()}).
   */
  @JsonProperty(value = "client_user_id", required = true)
  @AbsentInOlderGenerations
  public abstract @Nullable String clientUserId();

  /** {@return the most recent decision about the session} */
  @JsonProperty(value = "latest_decision", required = true)
  public abstract Decision latestDecision();

  /**
   * {@return the visitor fingerprint the session was attributed to} Null when the session has none.
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable VisitorFingerprintLink visitorFingerprint();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a Tripwire answer has no {@code client_user_id}). Empty
   * for answers of today's contract and for values built in code; kept so that the value writes
   * back exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  public abstract Set<String> absentProperties();

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
