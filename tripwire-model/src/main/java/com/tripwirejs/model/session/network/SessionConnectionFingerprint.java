package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The fingerprints of a session's connection: how its TLS client hello (JA4) and its HTTP/2
 * settings look, and whether they fit the browser the user agent claims.
 */
@Value.Immutable
public abstract class SessionConnectionFingerprint implements TripwireObject {

  /** {@return the JA4 TLS fingerprint} */
  @JsonProperty(value = "ja4", required = true)
  public abstract Ja4Fingerprint ja4();

  /** {@return the HTTP/2 fingerprint} */
  @JsonProperty(value = "http2", required = true)
  public abstract Http2Fingerprint http2();

  /**
   * {@return whether the connection fingerprints fit the browser the user agent claims} Null when
   * it could not be told.
   */
  @JsonProperty(value = "user_agent_alignment", required = true)
  public abstract @Nullable UserAgentAlignment userAgentAlignment();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionConnectionFingerprint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionConnectionFingerprint} values. */
  public static final class Builder extends ImmutableSessionConnectionFingerprint.Builder {
    Builder() {}
  }
}
