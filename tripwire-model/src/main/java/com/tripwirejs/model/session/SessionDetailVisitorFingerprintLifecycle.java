package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Detail Visitor Fingerprint Lifecycle. */
@Value.Immutable
public abstract class SessionDetailVisitorFingerprintLifecycle implements TripwireObject {

  /**
   * First seen at.
   *
   * @return the first seen at, or null
   */
  @JsonProperty(value = "first_seen_at", required = true)
  public abstract @Nullable Instant firstSeenAt();

  /**
   * Last seen at.
   *
   * @return the last seen at, or null
   */
  @JsonProperty(value = "last_seen_at", required = true)
  public abstract @Nullable Instant lastSeenAt();

  /**
   * Seen count.
   *
   * @return the seen count, or null
   */
  @JsonProperty(value = "seen_count", required = true)
  public abstract @Nullable Integer seenCount();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailVisitorFingerprintLifecycle} values. */
  public static final class Builder extends ImmutableSessionDetailVisitorFingerprintLifecycle.Builder {}
}
