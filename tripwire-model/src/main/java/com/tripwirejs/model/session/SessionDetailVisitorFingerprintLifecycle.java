package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** When a visitor was first and last seen, and how often. */
@Value.Immutable
public abstract class SessionDetailVisitorFingerprintLifecycle implements TripwireObject {

  /** {@return when the visitor was first seen} Null when it is not known. */
  @JsonProperty(value = "first_seen_at", required = true)
  public abstract @Nullable Instant firstSeenAt();

  /** {@return when the visitor was last seen} Null when it is not known. */
  @JsonProperty(value = "last_seen_at", required = true)
  public abstract @Nullable Instant lastSeenAt();

  /** {@return how many times the visitor was seen} Null when it is not known. */
  @JsonProperty(value = "seen_count", required = true)
  public abstract @Nullable Integer seenCount();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailVisitorFingerprintLifecycle() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailVisitorFingerprintLifecycle} values. */
  public static final class Builder
      extends ImmutableSessionDetailVisitorFingerprintLifecycle.Builder {
    Builder() {}
  }
}
