package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.GateDashboardLogin;
import com.tripwirejs.gate.model.GateLoginSession;
import com.tripwirejs.model.Secret;

/** Dashboard login sessions: an agent opens one with its agent token, the service consumes the login code to sign the account in. */
public final class GateLoginSessions {

  private final ApiCaller caller;

  GateLoginSessions(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Opens a login session for a service (POST /v1/gate/login-sessions, authenticated with the agent token).
   *
   * @param agentToken the agent token, {@code agt_...}
   * @param request the service to log in to
   * @return the login session with its consent URL
   */
  public GateLoginSession create(Secret agentToken, CreateGateLoginSessionRequest request) {
    return caller.object(GateCalls.createLoginSession(agentToken, request), GateLoginSession.class);
  }

  /**
   * Exchanges a login code for the account it signs in (POST /v1/gate/login-sessions/consume).
   *
   * @param request the login code
   * @return the account to sign in
   */
  public GateDashboardLogin consume(ConsumeGateLoginSessionRequest request) {
    return caller.object(GateCalls.consumeLoginSession(request), GateDashboardLogin.class);
  }
}
