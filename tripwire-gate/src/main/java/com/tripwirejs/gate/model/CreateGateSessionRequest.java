package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body with which an agent starts a Gate signup for a service. Needs no authentication; the
 * answer is a {@link GateSessionCreate} with the poll token.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when the service id is not a valid service slug,
 * the account name is blank, or the delivery request is not version 1 of the supported algorithm
 * with a key id and a public key.
 */
@Value.Immutable
public abstract class CreateGateSessionRequest implements TripwireObject {

  /** {@return the id of the service to sign up to, such as {@code tripwire}} */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

  /** {@return the name of the account to create, such as {@code my-project}; not blank} */
  @JsonProperty(value = "account_name", required = true)
  public abstract String accountName();

  /**
   * {@return data of the caller's choosing that the service receives with the approved signup} Null
   * when not set.
   */
  @JsonProperty("metadata")
  public abstract @Nullable Map<String, JsonNode> metadata();

  /** {@return the public key and algorithm to encrypt the signup's outputs to} */
  @JsonProperty(value = "delivery", required = true)
  public abstract GateDeliveryRequest delivery();

  @Value.Check
  void check() {
    GateServiceChecks.serviceId(serviceId(), "service_id");
    RequestChecks.nonBlank(
        accountName(),
        "account_name",
        "give the name of the account to create, such as my-project");
    GateDeliveryRequest delivery = delivery();
    if (delivery.version() != GateDeliveryRequest.VERSION) {
      throw RequestChecks.invalid(
          "delivery.version must be "
              + GateDeliveryRequest.VERSION
              + ", the version this SDK writes");
    }
    if (!GateDeliveryRequest.ALGORITHM.equals(delivery.algorithm())) {
      throw RequestChecks.invalid(
          "delivery.algorithm must be "
              + GateDeliveryRequest.ALGORITHM
              + ", the one Gate supports");
    }
    RequestChecks.nonBlank(
        delivery.keyId(), "delivery.key_id", "give the id of the public key the outputs go to");
    RequestChecks.nonBlank(
        delivery.publicKey(),
        "delivery.public_key",
        "give the X25519 public key the outputs go to");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  CreateGateSessionRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateGateSessionRequest} values. */
  public static final class Builder extends ImmutableCreateGateSessionRequest.Builder {
    Builder() {}
  }
}
