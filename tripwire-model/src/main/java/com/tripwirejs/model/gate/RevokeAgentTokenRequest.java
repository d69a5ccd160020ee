package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Revoke Agent Token Request. */
@Value.Immutable
public abstract class RevokeAgentTokenRequest implements TripwireObject {

  /**
   * Agent token.
   *
   * @return the agent token
   */
  @JsonProperty(value = "agent_token", required = true)
  public abstract Secret agentToken();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RevokeAgentTokenRequest} values. */
  public static final class Builder extends ImmutableRevokeAgentTokenRequest.Builder {}
}
