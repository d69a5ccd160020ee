package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** When a visitor was first and last seen, how often, and when its fingerprint expires. */
@Value.Immutable
public abstract class VisitorFingerprintLifecycle implements TripwireObject {

  /** {@return when the visitor was first seen} */
  @JsonProperty(value = "first_seen_at", required = true)
  public abstract Instant firstSeenAt();

  /** {@return when the visitor was last seen} */
  @JsonProperty(value = "last_seen_at", required = true)
  public abstract Instant lastSeenAt();

  /** {@return how many times the visitor was seen} */
  @JsonProperty(value = "seen_count", required = true)
  public abstract int seenCount();

  /** {@return when the fingerprint expires} */
  @JsonProperty(value = "expires_at", required = true)
  public abstract Instant expiresAt();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintLifecycle() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintLifecycle} values. */
  public static final class Builder extends ImmutableVisitorFingerprintLifecycle.Builder {
    Builder() {}
  }
}
