package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;

/**
 * The body with which an agent confirms it received and decrypted a Gate session's outputs.
 * Authenticated with the session's poll token.
 *
 * <p>Building one checks the value before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} when the acknowledgement token is blank.
 */
@Value.Immutable
public abstract class AcknowledgeGateSessionDeliveryRequest implements TripwireObject {

  /** {@return the acknowledgement token from the decrypted delivery, such as {@code ack_...}} */
  @JsonProperty(value = "ack_token", required = true)
  public abstract Secret ackToken();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(
        ackToken(), "ack_token", "pass the ack_token of the decrypted Gate delivery");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  AcknowledgeGateSessionDeliveryRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AcknowledgeGateSessionDeliveryRequest} values. */
  public static final class Builder extends ImmutableAcknowledgeGateSessionDeliveryRequest.Builder {
    Builder() {}
  }
}
