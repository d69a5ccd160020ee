package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Network Location. */
@Value.Immutable
public abstract class SessionNetworkLocation implements TripwireObject {

  /**
   * City.
   *
   * @return the city, or null
   */
  @JsonProperty(value = "city", required = true)
  public abstract @Nullable String city();

  /**
   * Region.
   *
   * @return the region, or null
   */
  @JsonProperty(value = "region", required = true)
  public abstract @Nullable String region();

  /**
   * Country.
   *
   * @return the country, or null
   */
  @JsonProperty(value = "country", required = true)
  public abstract @Nullable String country();

  /**
   * Country code.
   *
   * @return the country code, or null
   */
  @JsonProperty(value = "country_code", required = true)
  public abstract @Nullable String countryCode();

  /**
   * Latitude.
   *
   * @return the latitude, or null
   */
  @JsonProperty(value = "latitude", required = true)
  public abstract @Nullable Double latitude();

  /**
   * Longitude.
   *
   * @return the longitude, or null
   */
  @JsonProperty(value = "longitude", required = true)
  public abstract @Nullable Double longitude();

  /**
   * Timezone.
   *
   * @return the timezone, or null
   */
  @JsonProperty(value = "timezone", required = true)
  public abstract @Nullable String timezone();

  /**
   * Postal code.
   *
   * @return the postal code, or null
   */
  @JsonProperty(value = "postal_code", required = true)
  public abstract @Nullable String postalCode();

  /**
   * Accuracy radius km.
   *
   * @return the accuracy radius km, or null
   */
  @JsonProperty(value = "accuracy_radius_km", required = true)
  public abstract @Nullable Double accuracyRadiusKm();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNetworkLocation} values. */
  public static final class Builder extends ImmutableSessionNetworkLocation.Builder {}
}
