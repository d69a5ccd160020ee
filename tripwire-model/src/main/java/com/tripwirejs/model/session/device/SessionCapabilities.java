package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** What a device and its browser support. */
@Value.Immutable
public abstract class SessionCapabilities implements TripwireObject {

  /** {@return touch input support} */
  @JsonProperty(value = "touch", required = true)
  public abstract TouchCapability touch();

  /** {@return which storage mechanisms are available} */
  @JsonProperty(value = "storage", required = true)
  public abstract StorageCapability storage();

  /** {@return WebGPU support} */
  @JsonProperty(value = "webgpu", required = true)
  public abstract FeatureAvailability webgpu();

  /** {@return platform authenticator (passkey) support} */
  @JsonProperty(value = "platform_authenticator", required = true)
  public abstract PlatformAuthenticatorCapability platformAuthenticator();

  /** {@return media device support} */
  @JsonProperty(value = "media_devices", required = true)
  public abstract FeatureAvailability mediaDevices();

  /** {@return speech synthesis support} */
  @JsonProperty(value = "speech_synthesis", required = true)
  public abstract FeatureAvailability speechSynthesis();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionCapabilities() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionCapabilities} values. */
  public static final class Builder extends ImmutableSessionCapabilities.Builder {
    Builder() {}
  }
}
