package com.tripwirejs.gate.model.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The public key to which a Gate signup's outputs are encrypted, and the algorithm to use. */
@Value.Immutable
public abstract class GateDeliveryRequest implements TripwireObject {

  /** The format version of Gate delivery this SDK writes. */
  public static final int VERSION = 1;

  /** The algorithm of Gate delivery: X25519 key agreement, HKDF-SHA256 and AES-256-GCM. */
  public static final String ALGORITHM = "x25519-hkdf-sha256/aes-256-gcm";

  /** {@return the format version, {@value #VERSION} unless set otherwise} */
  @JsonProperty(value = "version", required = true)
  @Value.Default
  public int version() {
    return VERSION;
  }

  /** {@return the algorithm, {@value #ALGORITHM} unless set otherwise} */
  @JsonProperty(value = "algorithm", required = true)
  @Value.Default
  public String algorithm() {
    return ALGORITHM;
  }

  /** {@return the id of the public key: the unpadded base64url SHA-256 of the raw key} */
  @JsonProperty(value = "key_id", required = true)
  public abstract String keyId();

  /** {@return the raw 32-byte X25519 public key, unpadded base64url} */
  @JsonProperty(value = "public_key", required = true)
  public abstract String publicKey();

  // Only the implementation that Immutables generates in this package extends this class.
  GateDeliveryRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryRequest} values. */
  public static final class Builder extends ImmutableGateDeliveryRequest.Builder {
    Builder() {}
  }
}
