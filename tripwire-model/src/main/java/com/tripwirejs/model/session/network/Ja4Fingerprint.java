package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Ja4 Fingerprint. */
@Value.Immutable
public abstract class Ja4Fingerprint implements TripwireObject {

  /**
   * Hash.
   *
   * @return the hash, or null
   */
  @JsonProperty(value = "hash", required = true)
  public abstract @Nullable String hash();

  /**
   * Profile.
   *
   * @return the profile, or null
   */
  @JsonProperty(value = "profile", required = true)
  public abstract @Nullable String profile();

  /**
   * Family.
   *
   * @return the family, or null
   */
  @JsonProperty(value = "family", required = true)
  public abstract @Nullable String family();

  /**
   * Product.
   *
   * @return the product, or null
   */
  @JsonProperty(value = "product", required = true)
  public abstract @Nullable String product();

  /**
   * Confidence.
   *
   * @return the confidence, or null
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract @Nullable String confidence();

  /**
   * Match source.
   *
   * @return the match source, or null
   */
  @JsonProperty(value = "match_source", required = true)
  public abstract @Nullable String matchSource();

  /**
   * Deterministic.
   *
   * @return the deterministic, or null
   */
  @JsonProperty(value = "deterministic", required = true)
  public abstract @Nullable Boolean deterministic();

  /**
   * Reference.
   *
   * @return the reference, or null
   */
  @JsonProperty(value = "reference", required = true)
  public abstract @Nullable Ja4Reference reference();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ja4Fingerprint} values. */
  public static final class Builder extends ImmutableJa4Fingerprint.Builder {}
}
