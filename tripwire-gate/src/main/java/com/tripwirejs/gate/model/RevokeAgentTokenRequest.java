package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;

/**
 * The body with which a service revokes a Gate agent token. Needs a secret key with the {@code
 * gate:agent_tokens:revoke} scope; the API answers 204 with no body.
 *
 * <p>Building one checks the value before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} when the token is blank.
 */
@Value.Immutable
public abstract class RevokeAgentTokenRequest implements TripwireObject {

  /** {@return the agent token to revoke, {@code agt_...}} */
  @JsonProperty(value = "agent_token", required = true)
  public abstract Secret agentToken();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(agentToken(), "agent_token", "pass the agent token (agt_...) to revoke");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  RevokeAgentTokenRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RevokeAgentTokenRequest} values. */
  public static final class Builder extends ImmutableRevokeAgentTokenRequest.Builder {
    Builder() {}
  }
}
