package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The visitor fingerprint a session was attributed to, as the session detail shows it. */
@Value.Immutable
public abstract class SessionDetailVisitorFingerprint implements TripwireObject {

  /** {@return the object type, always {@code visitor_fingerprint}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "visitor_fingerprint";
  }

  /** {@return the visitor fingerprint id, {@code vid_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * {@return the confidence that the session belongs to this visitor, from 0 to 100} Null when
   * there is no confidence value.
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract @Nullable Integer confidence();

  /**
   * {@return when the visitor was identified in the session} Null when the API has no time for it.
   */
  @JsonProperty(value = "identified_at", required = true)
  public abstract @Nullable Instant identifiedAt();

  /**
   * {@return how the session was tied to the visitor, and on what basis} Null only in answers of
   * the Tripwire generation of the API, which lack it (see {@link #absentProperties()}); answers of
   * today's contract always have it.
   */
  @JsonProperty(value = "resolution", required = true)
  @AbsentInOlderGenerations(nullable = false)
  public abstract @Nullable SessionDetailVisitorFingerprintResolution resolution();

  /** {@return when the visitor was first and last seen, and how often} */
  @JsonProperty(value = "lifecycle", required = true)
  public abstract SessionDetailVisitorFingerprintLifecycle lifecycle();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a Tripwire answer has no {@code resolution}). Empty for
   * answers of today's contract and for values built in code; kept so that the value writes back
   * exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  public abstract Set<String> absentProperties();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailVisitorFingerprint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailVisitorFingerprint} values. */
  public static final class Builder extends ImmutableSessionDetailVisitorFingerprint.Builder {
    Builder() {}
  }
}
