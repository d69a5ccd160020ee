package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Graphics Webgpu. */
@Value.Immutable
public abstract class SessionRawDeviceGraphicsWebgpu implements TripwireObject {

  /**
   * Available.
   *
   * @return the available, or null
   */
  @JsonProperty(value = "available", required = true)
  public abstract @Nullable Boolean available();

  /**
   * Adapter vendor.
   *
   * @return the adapter vendor, or null
   */
  @JsonProperty(value = "adapter_vendor", required = true)
  public abstract @Nullable String adapterVendor();

  /**
   * Adapter architecture.
   *
   * @return the adapter architecture, or null
   */
  @JsonProperty(value = "adapter_architecture", required = true)
  public abstract @Nullable String adapterArchitecture();

  /**
   * Fallback adapter.
   *
   * @return the fallback adapter, or null
   */
  @JsonProperty(value = "fallback_adapter", required = true)
  public abstract @Nullable Boolean fallbackAdapter();

  /**
   * Features hash.
   *
   * @return the features hash, or null
   */
  @JsonProperty(value = "features_hash", required = true)
  public abstract @Nullable ObservationHash featuresHash();

  /**
   * Limits hash.
   *
   * @return the limits hash, or null
   */
  @JsonProperty(value = "limits_hash", required = true)
  public abstract @Nullable ObservationHash limitsHash();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceGraphicsWebgpu} values. */
  public static final class Builder extends ImmutableSessionRawDeviceGraphicsWebgpu.Builder {}
}
