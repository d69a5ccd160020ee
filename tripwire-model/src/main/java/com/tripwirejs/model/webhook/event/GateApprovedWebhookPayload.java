package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.gate.delivery.GateDeliveryRequest;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Gate Approved Webhook Payload. */
@Value.Immutable
public abstract class GateApprovedWebhookPayload implements TripwireObject {

  /**
   * Service id.
   *
   * @return the service id
   */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

  /**
   * Gate session id.
   *
   * @return the gate session id
   */
  @JsonProperty(value = "gate_session_id", required = true)
  public abstract String gateSessionId();

  /**
   * Gate account id.
   *
   * @return the gate account id
   */
  @JsonProperty(value = "gate_account_id", required = true)
  public abstract String gateAccountId();

  /**
   * Account name.
   *
   * @return the account name
   */
  @JsonProperty(value = "account_name", required = true)
  public abstract String accountName();

  /**
   * Metadata.
   *
   * @return the metadata, or null
   */
  @JsonProperty(value = "metadata", required = true)
  public abstract @Nullable Map<String, JsonNode> metadata();

  /**
   * Tripwire.
   *
   * @return the tripwire
   */
  @JsonProperty(value = "tripwire", required = true)
  public abstract GateTripwireResult tripwire();

  /**
   * Delivery.
   *
   * @return the delivery
   */
  @JsonProperty(value = "delivery", required = true)
  public abstract GateDeliveryRequest delivery();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateApprovedWebhookPayload} values. */
  public static final class Builder extends ImmutableGateApprovedWebhookPayload.Builder {}
}
