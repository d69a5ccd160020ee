package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The operating system of a device. */
@Value.Immutable
public abstract class SessionOperatingSystem implements TripwireObject {

  /** {@return the operating system's name, such as {@code macOS}} Null when it is not known. */
  @JsonProperty(value = "name", required = true)
  public abstract @Nullable String name();

  /** {@return the operating system's version} Null when it is not known. */
  @JsonProperty(value = "version", required = true)
  public abstract @Nullable String version();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionOperatingSystem() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionOperatingSystem} values. */
  public static final class Builder extends ImmutableSessionOperatingSystem.Builder {
    Builder() {}
  }
}
