package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The JA4 fingerprint of the connection's TLS client hello, and the known client it matches. */
@Value.Immutable
public abstract class Ja4Fingerprint implements TripwireObject {

  /**
   * {@return the JA4 fingerprint, such as {@code t13d1516h2_8daaf6152771_02713d6af862}} Null when
   * none was computed.
   */
  @JsonProperty(value = "hash", required = true)
  public abstract @Nullable String hash();

  /**
   * {@return the client profile the fingerprint matches, such as {@code chrome}} Null when there is
   * no match.
   */
  @JsonProperty(value = "profile", required = true)
  public abstract @Nullable String profile();

  /**
   * {@return the browser family the fingerprint matches, such as {@code chromium}} Null when there
   * is no match.
   */
  @JsonProperty(value = "family", required = true)
  public abstract @Nullable String family();

  /**
   * {@return the product the fingerprint matches, such as {@code edge}} Null when there is no
   * match.
   */
  @JsonProperty(value = "product", required = true)
  public abstract @Nullable String product();

  /**
   * {@return how exactly the fingerprint matches, such as {@code exact}} Null when there is no
   * match.
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract @Nullable String confidence();

  /** {@return what the match was made on, such as {@code full_ja4}} Null when there is no match. */
  @JsonProperty(value = "match_source", required = true)
  public abstract @Nullable String matchSource();

  /** {@return whether the match is deterministic} Null when it is not known. */
  @JsonProperty(value = "deterministic", required = true)
  public abstract @Nullable Boolean deterministic();

  /** {@return the reference fingerprint that was matched} Null when there is no match. */
  @JsonProperty(value = "reference", required = true)
  public abstract @Nullable Ja4Reference reference();

  // Only the implementation that Immutables generates in this package extends this class.
  Ja4Fingerprint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ja4Fingerprint} values. */
  public static final class Builder extends ImmutableJa4Fingerprint.Builder {
    Builder() {}
  }
}
