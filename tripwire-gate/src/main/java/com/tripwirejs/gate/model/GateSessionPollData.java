package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.gate.model.delivery.GateDeliveryBundle;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A Gate signup session as its poll returns it; once approved it carries the encrypted outputs. */
@Value.Immutable
public abstract class GateSessionPollData implements TripwireObject {

  /** {@return the object type, always {@code gate_session}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_session";
  }

  /** {@return the Gate session id, {@code gate_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the session's status} */
  @JsonProperty(value = "status", required = true)
  public abstract GateSessionStatus status();

  /** {@return when the session expires} Null when the API leaves it out. */
  @JsonProperty("expires_at")
  public abstract @Nullable Instant expiresAt();

  /**
   * {@return the Gate account created by the approval, {@code gacct_...}} Null when the API leaves
   * it out; the poll of an approved session carries it.
   */
  @JsonProperty("gate_account_id")
  public abstract @Nullable String gateAccountId();

  /**
   * {@return the name of the approved account} Null when the API leaves it out; the poll of an
   * approved session carries it.
   */
  @JsonProperty("account_name")
  public abstract @Nullable String accountName();

  /**
   * {@return the encrypted outputs of the approved signup} Null when the API leaves it out; the
   * poll of an approved session carries it.
   */
  @JsonProperty("delivery_bundle")
  public abstract @Nullable GateDeliveryBundle deliveryBundle();

  /** {@return a link to documentation for the next steps} Null when the API leaves it out. */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  // Only the implementation that Immutables generates in this package extends this class.
  GateSessionPollData() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionPollData} values. */
  public static final class Builder extends ImmutableGateSessionPollData.Builder {
    Builder() {}
  }
}
