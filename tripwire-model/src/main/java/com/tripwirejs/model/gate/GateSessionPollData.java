package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.gate.delivery.GateDeliveryBundle;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Gate Session Poll Data. */
@Value.Immutable
public abstract class GateSessionPollData implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_session";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract GateSessionStatus status();

  /**
   * Expires at.
   *
   * @return the expires at, or null
   */
  @JsonProperty("expires_at")
  public abstract @Nullable Instant expiresAt();

  /**
   * Gate account id.
   *
   * @return the gate account id, or null
   */
  @JsonProperty("gate_account_id")
  public abstract @Nullable String gateAccountId();

  /**
   * Account name.
   *
   * @return the account name, or null
   */
  @JsonProperty("account_name")
  public abstract @Nullable String accountName();

  /**
   * Delivery bundle.
   *
   * @return the delivery bundle, or null
   */
  @JsonProperty("delivery_bundle")
  public abstract @Nullable GateDeliveryBundle deliveryBundle();

  /**
   * Docs url.
   *
   * @return the docs url, or null
   */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionPollData} values. */
  public static final class Builder extends ImmutableGateSessionPollData.Builder {}
}
