package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The result of verifying a Gate agent token. */
@Value.Immutable
public abstract class AgentTokenVerification implements TripwireObject {

  /** {@return whether the token is valid} */
  @JsonProperty(value = "valid", required = true)
  public abstract boolean valid();

  /**
   * {@return the Gate account the token belongs to, {@code gacct_...}} Null when the API leaves it
   * out.
   */
  @JsonProperty("gate_account_id")
  public abstract @Nullable String gateAccountId();

  /** {@return the token's status} Null when the API leaves it out. */
  @JsonProperty("status")
  public abstract @Nullable AgentTokenStatus status();

  /** {@return when the token was issued} Null when the API leaves it out. */
  @JsonProperty("created_at")
  public abstract @Nullable Instant createdAt();

  /** {@return when the token expires} Null when the API leaves it out. */
  @JsonProperty("expires_at")
  public abstract @Nullable Instant expiresAt();

  // Only the implementation that Immutables generates in this package extends this class.
  AgentTokenVerification() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AgentTokenVerification} values. */
  public static final class Builder extends ImmutableAgentTokenVerification.Builder {
    Builder() {}
  }
}
