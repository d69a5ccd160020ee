package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** Visitor Fingerprint Lifecycle. */
@Value.Immutable
public abstract class VisitorFingerprintLifecycle implements TripwireObject {

  /**
   * First seen at.
   *
   * @return the first seen at
   */
  @JsonProperty(value = "first_seen_at", required = true)
  public abstract Instant firstSeenAt();

  /**
   * Last seen at.
   *
   * @return the last seen at
   */
  @JsonProperty(value = "last_seen_at", required = true)
  public abstract Instant lastSeenAt();

  /**
   * Seen count.
   *
   * @return the seen count
   */
  @JsonProperty(value = "seen_count", required = true)
  public abstract int seenCount();

  /**
   * Expires at.
   *
   * @return the expires at
   */
  @JsonProperty(value = "expires_at", required = true)
  public abstract Instant expiresAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintLifecycle} values. */
  public static final class Builder extends ImmutableVisitorFingerprintLifecycle.Builder {}
}
