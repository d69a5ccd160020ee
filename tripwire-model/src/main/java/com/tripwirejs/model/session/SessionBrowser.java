package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import java.util.Set;
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

  /**
   * {@return the host app when the session runs inside an embedded webview, such as {@code
   * Instagram}} Null for ordinary browsers, and in answers of the Tripwire generation of the API,
   * which lack it (see {@link #absentProperties()}).
   */
  @JsonProperty(value = "app_name", required = true)
  @AbsentInOlderGenerations
  public abstract @Nullable String appName();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a Tripwire answer has no {@code app_name}). Empty for
   * answers of today's contract and for values built in code; kept so that the value writes back
   * exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  public abstract Set<String> absentProperties();

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
