package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Connection Fingerprint. */
@Value.Immutable
public abstract class SessionConnectionFingerprint implements TripwireObject {

  /**
   * Ja4.
   *
   * @return the ja4
   */
  @JsonProperty(value = "ja4", required = true)
  public abstract Ja4Fingerprint ja4();

  /**
   * Http2.
   *
   * @return the http2
   */
  @JsonProperty(value = "http2", required = true)
  public abstract Http2Fingerprint http2();

  /**
   * User agent alignment.
   *
   * @return the user agent alignment, or null
   */
  @JsonProperty(value = "user_agent_alignment", required = true)
  public abstract @Nullable UserAgentAlignment userAgentAlignment();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionConnectionFingerprint} values. */
  public static final class Builder extends ImmutableSessionConnectionFingerprint.Builder {}
}
