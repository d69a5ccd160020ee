package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Ja4 Reference. */
@Value.Immutable
public abstract class Ja4Reference implements TripwireObject {

  /**
   * Label.
   *
   * @return the label
   */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /**
   * Source.
   *
   * @return the source
   */
  @JsonProperty(value = "source", required = true)
  public abstract String source();

  /**
   * Protocol.
   *
   * @return the protocol
   */
  @JsonProperty(value = "protocol", required = true)
  public abstract String protocol();

  /**
   * Tls version.
   *
   * @return the tls version
   */
  @JsonProperty(value = "tls_version", required = true)
  public abstract String tlsVersion();

  /**
   * Sni.
   *
   * @return the sni
   */
  @JsonProperty(value = "sni", required = true)
  public abstract String sni();

  /**
   * Alpn.
   *
   * @return the alpn
   */
  @JsonProperty(value = "alpn", required = true)
  public abstract String alpn();

  /**
   * Cipher count.
   *
   * @return the cipher count
   */
  @JsonProperty(value = "cipher_count", required = true)
  public abstract CountRange cipherCount();

  /**
   * Ext count.
   *
   * @return the ext count
   */
  @JsonProperty(value = "ext_count", required = true)
  public abstract CountRange extCount();

  /**
   * Sample size.
   *
   * @return the sample size
   */
  @JsonProperty(value = "sample_size", required = true)
  public abstract int sampleSize();

  /**
   * Verified.
   *
   * @return the verified, or null
   */
  @JsonProperty(value = "verified", required = true)
  public abstract @Nullable Boolean verified();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ja4Reference} values. */
  public static final class Builder extends ImmutableJa4Reference.Builder {}
}
