package com.tripwirejs.model.gate.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Delivery Envelope. */
@Value.Immutable
public abstract class GateDeliveryEnvelope implements TripwireObject {

  /**
   * Version.
   *
   * @return the version
   */
  @JsonProperty(value = "version", required = true)
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Algorithm.
   *
   * @return the algorithm
   */
  @JsonProperty(value = "algorithm", required = true)
  @Value.Default
  public String algorithm() {
    return "x25519-hkdf-sha256/aes-256-gcm";
  }

  /**
   * Key id.
   *
   * @return the key id
   */
  @JsonProperty(value = "key_id", required = true)
  public abstract String keyId();

  /**
   * Ephemeral public key.
   *
   * @return the ephemeral public key
   */
  @JsonProperty(value = "ephemeral_public_key", required = true)
  public abstract String ephemeralPublicKey();

  /**
   * Salt.
   *
   * @return the salt
   */
  @JsonProperty(value = "salt", required = true)
  public abstract String salt();

  /**
   * Iv.
   *
   * @return the iv
   */
  @JsonProperty(value = "iv", required = true)
  public abstract String iv();

  /**
   * Ciphertext.
   *
   * @return the ciphertext
   */
  @JsonProperty(value = "ciphertext", required = true)
  public abstract String ciphertext();

  /**
   * Tag.
   *
   * @return the tag
   */
  @JsonProperty(value = "tag", required = true)
  public abstract String tag();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryEnvelope} values. */
  public static final class Builder extends ImmutableGateDeliveryEnvelope.Builder {}
}
