package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Carrier. */
@Value.Immutable
public abstract class SessionNativeCarrier implements TripwireObject {

  /**
   * Platform.
   *
   * @return the platform
   */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /**
   * Carrier name.
   *
   * @return the carrier name, or null
   */
  @JsonProperty(value = "carrier_name", required = true)
  public abstract @Nullable String carrierName();

  /**
   * Country iso.
   *
   * @return the country iso, or null
   */
  @JsonProperty(value = "country_iso", required = true)
  public abstract @Nullable String countryIso();

  /**
   * Mcc.
   *
   * @return the mcc, or null
   */
  @JsonProperty(value = "mcc", required = true)
  public abstract @Nullable String mcc();

  /**
   * Mnc.
   *
   * @return the mnc, or null
   */
  @JsonProperty(value = "mnc", required = true)
  public abstract @Nullable String mnc();

  /**
   * Phone type.
   *
   * @return the phone type, or null
   */
  @JsonProperty(value = "phone_type", required = true)
  public abstract @Nullable String phoneType();

  /**
   * Network type.
   *
   * @return the network type, or null
   */
  @JsonProperty(value = "network_type", required = true)
  public abstract @Nullable String networkType();

  /**
   * Radio access.
   *
   * @return the radio access
   */
  @JsonProperty(value = "radio_access", required = true)
  public abstract List<String> radioAccess();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeCarrier} values. */
  public static final class Builder extends ImmutableSessionNativeCarrier.Builder {}
}
