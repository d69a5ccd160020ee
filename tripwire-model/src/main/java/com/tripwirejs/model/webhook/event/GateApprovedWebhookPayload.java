package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.gate.delivery.GateDeliveryRequest;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The data of a {@code gate.session.approved} event: the approved signup, Tripwire's verdict on the
 * person who approved it, and the key to encrypt the service's outputs to.
 */
@Value.Immutable
public abstract class GateApprovedWebhookPayload implements TripwireObject {

  /** {@return the service signed up to, such as {@code acme_prod}} */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

  /** {@return the Gate session, {@code gate_...}} */
  @JsonProperty(value = "gate_session_id", required = true)
  public abstract String gateSessionId();

  /** {@return the Gate account created by the approval, {@code gacct_...}} */
  @JsonProperty(value = "gate_account_id", required = true)
  public abstract String gateAccountId();

  /** {@return the name of the account, such as {@code my-project}} */
  @JsonProperty(value = "account_name", required = true)
  public abstract String accountName();

  /** {@return the metadata the agent sent when it created the session} Null when there is none. */
  @JsonProperty(value = "metadata", required = true)
  public abstract @Nullable Map<String, JsonNode> metadata();

  /** {@return Tripwire's verdict on the approval} */
  @JsonProperty(value = "tripwire", required = true)
  public abstract GateTripwireResult tripwire();

  /** {@return the public key and algorithm to encrypt the outputs to} */
  @JsonProperty(value = "delivery", required = true)
  public abstract GateDeliveryRequest delivery();

  // Only the implementation that Immutables generates in this package extends this class.
  GateApprovedWebhookPayload() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateApprovedWebhookPayload} values. */
  public static final class Builder extends ImmutableGateApprovedWebhookPayload.Builder {
    Builder() {}
  }
}
