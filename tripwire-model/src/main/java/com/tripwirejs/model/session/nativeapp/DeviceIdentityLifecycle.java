package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** When a device was first and last seen, and how often. */
@Value.Immutable
public abstract class DeviceIdentityLifecycle implements TripwireObject {

  /** {@return when the device was first seen} */
  @JsonProperty(value = "first_seen_at", required = true)
  public abstract Instant firstSeenAt();

  /** {@return when the device was last seen} */
  @JsonProperty(value = "last_seen_at", required = true)
  public abstract Instant lastSeenAt();

  /** {@return how many times the device was seen} */
  @JsonProperty(value = "seen_count", required = true)
  public abstract double seenCount();

  // Only the implementation that Immutables generates in this package extends this class.
  DeviceIdentityLifecycle() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DeviceIdentityLifecycle} values. */
  public static final class Builder extends ImmutableDeviceIdentityLifecycle.Builder {
    Builder() {}
  }
}
