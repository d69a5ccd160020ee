package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Operating System. */
@Value.Immutable
public abstract class SessionOperatingSystem implements TripwireObject {

  /**
   * Name.
   *
   * @return the name, or null
   */
  @JsonProperty(value = "name", required = true)
  public abstract @Nullable String name();

  /**
   * Version.
   *
   * @return the version, or null
   */
  @JsonProperty(value = "version", required = true)
  public abstract @Nullable String version();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionOperatingSystem} values. */
  public static final class Builder extends ImmutableSessionOperatingSystem.Builder {}
}
