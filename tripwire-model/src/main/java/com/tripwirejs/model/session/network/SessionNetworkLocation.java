package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Where an IP address is located, as far as it can be told. */
@Value.Immutable
public abstract class SessionNetworkLocation implements TripwireObject {

  /** {@return the city, such as {@code San Francisco}} Null when it is not known. */
  @JsonProperty(value = "city", required = true)
  public abstract @Nullable String city();

  /** {@return the region, such as {@code California}} Null when it is not known. */
  @JsonProperty(value = "region", required = true)
  public abstract @Nullable String region();

  /** {@return the country's name, such as {@code United States}} Null when it is not known. */
  @JsonProperty(value = "country", required = true)
  public abstract @Nullable String country();

  /** {@return the country's code, such as {@code US}} Null when it is not known. */
  @JsonProperty(value = "country_code", required = true)
  public abstract @Nullable String countryCode();

  /** {@return the latitude in degrees} Null when it is not known. */
  @JsonProperty(value = "latitude", required = true)
  public abstract @Nullable Double latitude();

  /** {@return the longitude in degrees} Null when it is not known. */
  @JsonProperty(value = "longitude", required = true)
  public abstract @Nullable Double longitude();

  /** {@return the time zone, such as {@code America/Los_Angeles}} Null when it is not known. */
  @JsonProperty(value = "timezone", required = true)
  public abstract @Nullable String timezone();

  /** {@return the postal code, such as {@code 94103}} Null when it is not known. */
  @JsonProperty(value = "postal_code", required = true)
  public abstract @Nullable String postalCode();

  /** {@return how far off the location may be, in kilometers} Null when it is not known. */
  @JsonProperty(value = "accuracy_radius_km", required = true)
  public abstract @Nullable Double accuracyRadiusKm();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNetworkLocation() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNetworkLocation} values. */
  public static final class Builder extends ImmutableSessionNetworkLocation.Builder {
    Builder() {}
  }
}
