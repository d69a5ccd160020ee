package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The device a session ran on, as detected. */
@Value.Immutable
public abstract class SessionDevice implements TripwireObject {

  /** {@return the form factor, such as {@code desktop}} */
  @JsonProperty(value = "form_factor", required = true)
  public abstract String formFactor();

  /** {@return the operating system} */
  @JsonProperty(value = "operating_system", required = true)
  public abstract SessionOperatingSystem operatingSystem();

  /** {@return the CPU architecture, such as {@code arm}} Null when it is not known. */
  @JsonProperty(value = "architecture", required = true)
  public abstract @Nullable String architecture();

  /** {@return the screen} */
  @JsonProperty(value = "screen", required = true)
  public abstract SessionScreen screen();

  /** {@return the time zone and languages} */
  @JsonProperty(value = "locale", required = true)
  public abstract SessionLocale locale();

  /** {@return what the device and browser support} */
  @JsonProperty(value = "capabilities", required = true)
  public abstract SessionCapabilities capabilities();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDevice() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDevice} values. */
  public static final class Builder extends ImmutableSessionDevice.Builder {
    Builder() {}
  }
}
