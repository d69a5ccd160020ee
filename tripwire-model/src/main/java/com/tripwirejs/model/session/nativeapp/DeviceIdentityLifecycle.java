package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** Device Identity Lifecycle. */
@Value.Immutable
public abstract class DeviceIdentityLifecycle implements TripwireObject {

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
  public abstract double seenCount();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeviceIdentityLifecycle} values. */
  public static final class Builder extends ImmutableDeviceIdentityLifecycle.Builder {}
}
