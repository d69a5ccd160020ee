package com.tripwirejs.model.gate.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Delivery Request. */
@Value.Immutable
public abstract class GateDeliveryRequest implements TripwireObject {

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
   * Public key.
   *
   * @return the public key
   */
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
