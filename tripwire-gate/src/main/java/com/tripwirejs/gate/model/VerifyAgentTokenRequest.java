package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;

/**
 * The body with which a service checks a Gate agent token. Needs a secret key with the {@code
 * gate:agent_tokens:verify} scope; the answer is an {@link AgentTokenVerification}.
 *
 * <p>Building one checks the value before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} when the token is blank.
 */
@Value.Immutable
public abstract class VerifyAgentTokenRequest implements TripwireObject {

  /** {@return the agent token to verify, {@code agt_...}} */
  @JsonProperty(value = "agent_token", required = true)
  public abstract Secret agentToken();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(agentToken(), "agent_token", "pass the agent token (agt_...) to verify");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  VerifyAgentTokenRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VerifyAgentTokenRequest} values. */
  public static final class Builder extends ImmutableVerifyAgentTokenRequest.Builder {
    Builder() {}
  }
}
