package com.tripwirejs.gate.model.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * Encrypted Gate outputs: X25519 with a fresh ephemeral key, HKDF-SHA256, then AES-256-GCM. Every
 * binary field is unpadded base64url.
 */
@Value.Immutable
public abstract class GateDeliveryEnvelope implements TripwireObject {

  /** {@return the format version, {@value GateDeliveryRequest#VERSION} unless set otherwise} */
  @JsonProperty(value = "version", required = true)
  @Value.Default
  public int version() {
    return GateDeliveryRequest.VERSION;
  }

  /** {@return the algorithm, {@value GateDeliveryRequest#ALGORITHM} unless set otherwise} */
  @JsonProperty(value = "algorithm", required = true)
  @Value.Default
  public String algorithm() {
    return GateDeliveryRequest.ALGORITHM;
  }

  /** {@return the id of the recipient's public key, as in its {@link GateDeliveryRequest}} */
  @JsonProperty(value = "key_id", required = true)
  public abstract String keyId();

  /** {@return the sender's ephemeral X25519 public key, 32 bytes} */
  @JsonProperty(value = "ephemeral_public_key", required = true)
  public abstract String ephemeralPublicKey();

  /** {@return the HKDF salt, 32 bytes} */
  @JsonProperty(value = "salt", required = true)
  public abstract String salt();

  /** {@return the AES-GCM initialization vector, 12 bytes} */
  @JsonProperty(value = "iv", required = true)
  public abstract String iv();

  /** {@return the encrypted JSON payload} */
  @JsonProperty(value = "ciphertext", required = true)
  public abstract String ciphertext();

  /** {@return the AES-GCM authentication tag, 16 bytes} */
  @JsonProperty(value = "tag", required = true)
  public abstract String tag();

  // Only the implementation that Immutables generates in this package extends this class.
  GateDeliveryEnvelope() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryEnvelope} values. */
  public static final class Builder extends ImmutableGateDeliveryEnvelope.Builder {
    Builder() {}
  }
}
