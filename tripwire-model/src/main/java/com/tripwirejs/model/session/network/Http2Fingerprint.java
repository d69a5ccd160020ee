package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The HTTP/2 fingerprint of a connection: the settings and frames the client sends first. */
@Value.Immutable
public abstract class Http2Fingerprint implements TripwireObject {

  /**
   * {@return the fingerprint in Akamai's format, such as {@code
   * 1:65536;4:131072;5:16384|12517377|0|m,p,a,s}} Null when none was computed.
   */
  @JsonProperty(value = "akamai_fingerprint", required = true)
  public abstract @Nullable String akamaiFingerprint();

  /**
   * {@return the client profile the fingerprint matches, such as {@code chrome}} Null when there is
   * no match.
   */
  @JsonProperty(value = "profile", required = true)
  public abstract @Nullable String profile();

  // Only the implementation that Immutables generates in this package extends this class.
  Http2Fingerprint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Http2Fingerprint} values. */
  public static final class Builder extends ImmutableHttp2Fingerprint.Builder {
    Builder() {}
  }
}
