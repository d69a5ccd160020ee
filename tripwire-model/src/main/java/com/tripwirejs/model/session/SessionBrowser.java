package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The browser a session ran in, as detected. */
@Value.Immutable
public abstract class SessionBrowser implements TripwireObject {

  /**
   * {@return the browser's name, such as {@code Chromium}} Null when it could not be determined.
   */
  @JsonProperty(value = "name", required = true)
  public abstract @Nullable String name();

  /**
   * {@return the browser's version, such as {@code 123.0.0.0}} Null when it could not be
   * determined.
   */
  @JsonProperty(value = "version", required = true)
  public abstract @Nullable String version();

  /**
   * {@return the browser's major version, such as {@code 123}} Null when it could not be
   * determined.
   */
  @JsonProperty(value = "major_version", required = true)
  public abstract @Nullable String majorVersion();

  /** {@return the browser engine, such as {@code blink}} */
  @JsonProperty(value = "engine", required = true)
  public abstract String engine();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionBrowser() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionBrowser} values. */
  public static final class Builder extends ImmutableSessionBrowser.Builder {
    Builder() {}
  }
}
