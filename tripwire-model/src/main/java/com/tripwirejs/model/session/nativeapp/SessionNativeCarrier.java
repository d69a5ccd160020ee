package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The mobile carrier of a native app's device. */
@Value.Immutable
public abstract class SessionNativeCarrier implements TripwireObject {

  /** {@return the platform that reported the carrier} */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /** {@return the carrier's name} Null when the device did not report it. */
  @JsonProperty(value = "carrier_name", required = true)
  public abstract @Nullable String carrierName();

  /** {@return the carrier's country} Null when the device did not report it. */
  @JsonProperty(value = "country_iso", required = true)
  public abstract @Nullable String countryIso();

  /** {@return the mobile country code} Null when the device did not report it. */
  @JsonProperty(value = "mcc", required = true)
  public abstract @Nullable String mcc();

  /** {@return the mobile network code} Null when the device did not report it. */
  @JsonProperty(value = "mnc", required = true)
  public abstract @Nullable String mnc();

  /** {@return the phone type} Null when the device did not report it. */
  @JsonProperty(value = "phone_type", required = true)
  public abstract @Nullable String phoneType();

  /** {@return the type of the mobile data network} Null when the device did not report it. */
  @JsonProperty(value = "network_type", required = true)
  public abstract @Nullable String networkType();

  /** {@return the radio access technologies in use} */
  @JsonProperty(value = "radio_access", required = true)
  public abstract List<String> radioAccess();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeCarrier() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeCarrier} values. */
  public static final class Builder extends ImmutableSessionNativeCarrier.Builder {
    Builder() {}
  }
}
