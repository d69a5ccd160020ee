package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Browser. */
@Value.Immutable
public abstract class SessionBrowser implements TripwireObject {

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
   * Major version.
   *
   * @return the major version, or null
   */
  @JsonProperty(value = "major_version", required = true)
  public abstract @Nullable String majorVersion();

  /**
   * Engine.
   *
   * @return the engine
   */
  @JsonProperty(value = "engine", required = true)
  public abstract String engine();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionBrowser} values. */
  public static final class Builder extends ImmutableSessionBrowser.Builder {}
}
