package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.AgentTokenVerification;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link GateAgentTokens}. */
public final class AsyncGateAgentTokens {

  private final ApiCaller caller;

  AsyncGateAgentTokens(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Checks an agent token (POST /v1/gate/agent-tokens/verify).
   *
   * @param request the token to check
   * @return whether it is valid, and for which account
   */
  public CompletableFuture<AgentTokenVerification> verify(VerifyAgentTokenRequest request) {
    return caller.objectAsync(GateCalls.verifyAgentToken(request), AgentTokenVerification.class);
  }

  /**
   * Revokes an agent token (POST /v1/gate/agent-tokens/revoke).
   *
   * @param request the token to revoke
   * @return completes when the token is revoked
   */
  public CompletableFuture<Void> revoke(RevokeAgentTokenRequest request) {
    return caller.noContentAsync(GateCalls.revokeAgentToken(request));
  }
}
