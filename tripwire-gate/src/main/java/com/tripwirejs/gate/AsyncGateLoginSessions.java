package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.GateDashboardLogin;
import com.tripwirejs.gate.model.GateLoginSession;
import com.tripwirejs.model.Secret;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link GateLoginSessions}. */
public final class AsyncGateLoginSessions {

  private final ApiCaller caller;

  AsyncGateLoginSessions(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Opens a login session for a service (POST /v1/gate/login-sessions, authenticated with the agent token).
   *
   * @param agentToken the agent token, {@code agt_...}
   * @param request the service to log in to
   * @return the login session with its consent URL
   */
  public CompletableFuture<GateLoginSession> create(Secret agentToken, CreateGateLoginSessionRequest request) {
    return caller.objectAsync(GateCalls.createLoginSession(agentToken, request), GateLoginSession.class);
  }

  /**
   * Exchanges a login code for the account it signs in (POST /v1/gate/login-sessions/consume).
   *
   * @param request the login code
   * @return the account to sign in
   */
  public CompletableFuture<GateDashboardLogin> consume(ConsumeGateLoginSessionRequest request) {
    return caller.objectAsync(GateCalls.consumeLoginSession(request), GateDashboardLogin.class);
  }
}
