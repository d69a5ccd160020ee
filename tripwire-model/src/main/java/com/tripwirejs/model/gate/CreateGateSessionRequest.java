package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.gate.delivery.GateDeliveryRequest;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Create Gate Session Request. */
@Value.Immutable
public abstract class CreateGateSessionRequest implements TripwireObject {

  /**
   * Service id.
   *
   * @return the service id
   */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

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
  @JsonProperty("metadata")
  public abstract @Nullable Map<String, JsonNode> metadata();

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

  /** Builds {@link CreateGateSessionRequest} values. */
  public static final class Builder extends ImmutableCreateGateSessionRequest.Builder {}
}
