package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.AgentTokenVerification;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;

/** The agent tokens Gate issued for an organization's services: check and revoke them. */
public final class GateAgentTokens {

  private final ApiCaller caller;

  GateAgentTokens(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Checks an agent token (POST /v1/gate/agent-tokens/verify).
   *
   * @param request the token to check
   * @return whether it is valid, and for which account
   */
  public AgentTokenVerification verify(VerifyAgentTokenRequest request) {
    return caller.object(GateCalls.verifyAgentToken(request), AgentTokenVerification.class);
  }

  /**
   * Revokes an agent token (POST /v1/gate/agent-tokens/revoke).
   *
   * @param request the token to revoke
   */
  public void revoke(RevokeAgentTokenRequest request) {
    caller.noContent(GateCalls.revokeAgentToken(request));
  }
}
