package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What WebGPU reported. */
@Value.Immutable
public abstract class SessionRawDeviceGraphicsWebgpu implements TripwireObject {

  /** {@return whether WebGPU is available} Null when it was not reported. */
  @JsonProperty(value = "available", required = true)
  public abstract @Nullable Boolean available();

  /** {@return the GPU adapter's vendor} Null when it was not reported. */
  @JsonProperty(value = "adapter_vendor", required = true)
  public abstract @Nullable String adapterVendor();

  /** {@return the GPU adapter's architecture} Null when it was not reported. */
  @JsonProperty(value = "adapter_architecture", required = true)
  public abstract @Nullable String adapterArchitecture();

  /** {@return whether the adapter is a software fallback} Null when it was not reported. */
  @JsonProperty(value = "fallback_adapter", required = true)
  public abstract @Nullable Boolean fallbackAdapter();

  /** {@return the hash of the supported features} Null when it was not reported. */
  @JsonProperty(value = "features_hash", required = true)
  public abstract @Nullable ObservationHash featuresHash();

  /** {@return the hash of the adapter limits} Null when it was not reported. */
  @JsonProperty(value = "limits_hash", required = true)
  public abstract @Nullable ObservationHash limitsHash();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceGraphicsWebgpu() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceGraphicsWebgpu} values. */
  public static final class Builder extends ImmutableSessionRawDeviceGraphicsWebgpu.Builder {
    Builder() {}
  }
}
