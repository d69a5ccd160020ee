package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Capabilities. */
@Value.Immutable
public abstract class SessionCapabilities implements TripwireObject {

  /**
   * Touch.
   *
   * @return the touch
   */
  @JsonProperty(value = "touch", required = true)
  public abstract TouchCapability touch();

  /**
   * Storage.
   *
   * @return the storage
   */
  @JsonProperty(value = "storage", required = true)
  public abstract StorageCapability storage();

  /**
   * Webgpu.
   *
   * @return the webgpu
   */
  @JsonProperty(value = "webgpu", required = true)
  public abstract FeatureAvailability webgpu();

  /**
   * Platform authenticator.
   *
   * @return the platform authenticator
   */
  @JsonProperty(value = "platform_authenticator", required = true)
  public abstract PlatformAuthenticatorCapability platformAuthenticator();

  /**
   * Media devices.
   *
   * @return the media devices
   */
  @JsonProperty(value = "media_devices", required = true)
  public abstract FeatureAvailability mediaDevices();

  /**
   * Speech synthesis.
   *
   * @return the speech synthesis
   */
  @JsonProperty(value = "speech_synthesis", required = true)
  public abstract FeatureAvailability speechSynthesis();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionCapabilities} values. */
  public static final class Builder extends ImmutableSessionCapabilities.Builder {}
}
