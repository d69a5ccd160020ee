package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Agent Token Verification. */
@Value.Immutable
public abstract class AgentTokenVerification implements TripwireObject {

  /**
   * Valid.
   *
   * @return the valid
   */
  @JsonProperty(value = "valid", required = true)
  public abstract boolean valid();

  /**
   * Gate account id.
   *
   * @return the gate account id, or null
   */
  @JsonProperty("gate_account_id")
  public abstract @Nullable String gateAccountId();

  /**
   * Status.
   *
   * @return the status, or null
   */
  @JsonProperty("status")
  public abstract @Nullable AgentTokenStatus status();

  /**
   * Created at.
   *
   * @return the created at, or null
   */
  @JsonProperty("created_at")
  public abstract @Nullable Instant createdAt();

  /**
   * Expires at.
   *
   * @return the expires at, or null
   */
  @JsonProperty("expires_at")
  public abstract @Nullable Instant expiresAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AgentTokenVerification} values. */
  public static final class Builder extends ImmutableAgentTokenVerification.Builder {}
}
