package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** The identity of the device a native app session ran on, and how it was established. */
@Value.Immutable
public abstract class SessionDetailDeviceIdentity implements TripwireObject {

  /** {@return the object type, always {@code device_identity}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "device_identity";
  }

  /** {@return the device identity id} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the confidence in the identity, such as {@code 93}} */
  @JsonProperty(value = "confidence", required = true)
  public abstract double confidence();

  /** {@return how the identity was established} */
  @JsonProperty(value = "source", required = true)
  public abstract DeviceIdentitySource source();

  /** {@return the device's platform} */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /** {@return when the device was identified in the session} */
  @JsonProperty(value = "identified_at", required = true)
  public abstract Instant identifiedAt();

  /** {@return when the device was first and last seen, and how often} */
  @JsonProperty(value = "lifecycle", required = true)
  public abstract DeviceIdentityLifecycle lifecycle();

  /** {@return the anchors the identity was matched on} */
  @JsonProperty(value = "matched_anchors", required = true)
  public abstract List<String> matchedAnchors();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailDeviceIdentity() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailDeviceIdentity} values. */
  public static final class Builder extends ImmutableSessionDetailDeviceIdentity.Builder {
    Builder() {}
  }
}
