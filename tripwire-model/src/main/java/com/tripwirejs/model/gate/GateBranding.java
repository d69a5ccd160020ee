package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Gate Branding. */
@Value.Immutable
public abstract class GateBranding implements TripwireObject {

  /**
   * Logo url.
   *
   * @return the logo url, or null
   */
  @JsonProperty("logo_url")
  public abstract @Nullable String logoUrl();

  /**
   * Primary color.
   *
   * @return the primary color, or null
   */
  @JsonProperty("primary_color")
  public abstract @Nullable String primaryColor();

  /**
   * Secondary color.
   *
   * @return the secondary color, or null
   */
  @JsonProperty("secondary_color")
  public abstract @Nullable String secondaryColor();

  /**
   * Ascii art.
   *
   * @return the ascii art, or null
   */
  @JsonProperty("ascii_art")
  public abstract @Nullable String asciiArt();

  /**
   * Verified.
   *
   * @return the verified
   */
  @JsonProperty(value = "verified", required = true)
  public abstract boolean verified();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateBranding} values. */
  public static final class Builder extends ImmutableGateBranding.Builder {}
}
