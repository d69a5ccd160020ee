package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A known TLS client fingerprint that a connection's JA4 fingerprint matched. */
@Value.Immutable
public abstract class Ja4Reference implements TripwireObject {

  /** {@return the client's name, such as {@code Edge}} */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /** {@return where the reference comes from, such as {@code master_db}} */
  @JsonProperty(value = "source", required = true)
  public abstract String source();

  /** {@return the JA4 transport protocol, such as {@code t} for TCP} */
  @JsonProperty(value = "protocol", required = true)
  public abstract String protocol();

  /** {@return the JA4 TLS version, such as {@code 13}} */
  @JsonProperty(value = "tls_version", required = true)
  public abstract String tlsVersion();

  /** {@return the JA4 SNI marker, such as {@code d} for a domain name} */
  @JsonProperty(value = "sni", required = true)
  public abstract String sni();

  /** {@return the JA4 ALPN value, such as {@code h2}} */
  @JsonProperty(value = "alpn", required = true)
  public abstract String alpn();

  /** {@return the range of cipher suite counts seen for the client} */
  @JsonProperty(value = "cipher_count", required = true)
  public abstract CountRange cipherCount();

  /** {@return the range of TLS extension counts seen for the client} */
  @JsonProperty(value = "ext_count", required = true)
  public abstract CountRange extCount();

  /** {@return how many samples the reference is built from} */
  @JsonProperty(value = "sample_size", required = true)
  public abstract int sampleSize();

  /** {@return whether the reference is verified} Null when it is not known. */
  @JsonProperty(value = "verified", required = true)
  public abstract @Nullable Boolean verified();

  // Only the implementation that Immutables generates in this package extends this class.
  Ja4Reference() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ja4Reference} values. */
  public static final class Builder extends ImmutableJa4Reference.Builder {
    Builder() {}
  }
}
