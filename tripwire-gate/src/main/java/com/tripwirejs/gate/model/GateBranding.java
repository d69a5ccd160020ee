package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** How a Gate service presents itself during a signup: its logo, colors and ASCII art. */
@Value.Immutable
public abstract class GateBranding implements TripwireObject {

  /** {@return the URL of the service's logo} Null when the service has none. */
  @JsonProperty("logo_url")
  public abstract @Nullable String logoUrl();

  /**
   * {@return the primary color, a hex color {@code #RGB}, {@code #RGBA}, {@code #RRGGBB} or {@code
   * #RRGGBBAA} such as {@code #117BE7}} Null when the service has none.
   */
  @JsonProperty("primary_color")
  public abstract @Nullable String primaryColor();

  /**
   * {@return the secondary color, a hex color {@code #RGB}, {@code #RGBA}, {@code #RRGGBB} or
   * {@code #RRGGBBAA}} Null when the service has none.
   */
  @JsonProperty("secondary_color")
  public abstract @Nullable String secondaryColor();

  /**
   * {@return the ASCII art a terminal shows for the service, such as {@code TRIPWIRE}} Null when
   * the service has none.
   */
  @JsonProperty("ascii_art")
  public abstract @Nullable String asciiArt();

  /**
   * {@return whether Tripwire has verified the service; set by Tripwire, a request cannot change
   * it}
   */
  @JsonProperty(value = "verified", required = true)
  public abstract boolean verified();

  // Only the implementation that Immutables generates in this package extends this class.
  GateBranding() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateBranding} values. */
  public static final class Builder extends ImmutableGateBranding.Builder {
    Builder() {}
  }
}
