package com.tripwirejs.model.gate.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The public key to which a Gate signup's outputs are encrypted, and the algorithm to use. */
@Value.Immutable
public abstract class GateDeliveryRequest implements TripwireObject {

  /** {@return the format version, {@code 1}} */
  @JsonProperty(value = "version", required = true)
  @Value.Default
  public int version() {
    return 1;
  }

  /** {@return the algorithm, {@code x25519-hkdf-sha256/aes-256-gcm}} */
  @JsonProperty(value = "algorithm", required = true)
  @Value.Default
  public String algorithm() {
    return "x25519-hkdf-sha256/aes-256-gcm";
  }

  /** {@return the id of the public key: the unpadded base64url SHA-256 of the raw key} */
  @JsonProperty(value = "key_id", required = true)
  public abstract String keyId();

  /** {@return the raw 32-byte X25519 public key, unpadded base64url} */
  @JsonProperty(value = "public_key", required = true)
  public abstract String publicKey();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryRequest} values. */
  public static final class Builder extends ImmutableGateDeliveryRequest.Builder {}
}
