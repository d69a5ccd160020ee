package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Device. */
@Value.Immutable
public abstract class SessionDevice implements TripwireObject {

  /**
   * Form factor.
   *
   * @return the form factor
   */
  @JsonProperty(value = "form_factor", required = true)
  public abstract String formFactor();

  /**
   * Operating system.
   *
   * @return the operating system
   */
  @JsonProperty(value = "operating_system", required = true)
  public abstract SessionOperatingSystem operatingSystem();

  /**
   * Architecture.
   *
   * @return the architecture, or null
   */
  @JsonProperty(value = "architecture", required = true)
  public abstract @Nullable String architecture();

  /**
   * Screen.
   *
   * @return the screen
   */
  @JsonProperty(value = "screen", required = true)
  public abstract SessionScreen screen();

  /**
   * Locale.
   *
   * @return the locale
   */
  @JsonProperty(value = "locale", required = true)
  public abstract SessionLocale locale();

  /**
   * Capabilities.
   *
   * @return the capabilities
   */
  @JsonProperty(value = "capabilities", required = true)
  public abstract SessionCapabilities capabilities();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDevice} values. */
  public static final class Builder extends ImmutableSessionDevice.Builder {}
}
