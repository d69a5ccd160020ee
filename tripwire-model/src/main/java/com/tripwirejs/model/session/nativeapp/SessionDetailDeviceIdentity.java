package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** Session Detail Device Identity. */
@Value.Immutable
public abstract class SessionDetailDeviceIdentity implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "device_identity";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Confidence.
   *
   * @return the confidence
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract double confidence();

  /**
   * Source.
   *
   * @return the source
   */
  @JsonProperty(value = "source", required = true)
  public abstract DeviceIdentitySource source();

  /**
   * Platform.
   *
   * @return the platform
   */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /**
   * Identified at.
   *
   * @return the identified at
   */
  @JsonProperty(value = "identified_at", required = true)
  public abstract Instant identifiedAt();

  /**
   * Lifecycle.
   *
   * @return the lifecycle
   */
  @JsonProperty(value = "lifecycle", required = true)
  public abstract DeviceIdentityLifecycle lifecycle();

  /**
   * Matched anchors.
   *
   * @return the matched anchors
   */
  @JsonProperty(value = "matched_anchors", required = true)
  public abstract List<String> matchedAnchors();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailDeviceIdentity} values. */
  public static final class Builder extends ImmutableSessionDetailDeviceIdentity.Builder {}
}
