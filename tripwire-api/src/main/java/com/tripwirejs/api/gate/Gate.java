package com.tripwirejs.api.gate;

import com.tripwirejs.api.internal.ApiCaller;

/** Gate: agent sign-ups for services, with the registry, managed services, Gate sessions, dashboard login sessions and agent tokens. */
public final class Gate {

  private final GateRegistry registry;
  private final GateServices services;
  private final GateSessions sessions;
  private final GateLoginSessions loginSessions;
  private final GateAgentTokens agentTokens;

  /**
   * Creates the namespace; use {@code client.gate()}.
   *
   * @param caller runs the operations
   */
  public Gate(ApiCaller caller) {
    this.registry = new GateRegistry(caller);
    this.services = new GateServices(caller);
    this.sessions = new GateSessions(caller);
    this.loginSessions = new GateLoginSessions(caller);
    this.agentTokens = new GateAgentTokens(caller);
  }

  /**
   * The public registry of services.
   *
   * @return the operations
   */
  public GateRegistry registry() {
    return registry;
  }

  /**
   * The services the organization manages.
   *
   * @return the operations
   */
  public GateServices services() {
    return services;
  }

  /**
   * Gate sessions: sign-up, approval, encrypted delivery.
   *
   * @return the operations
   */
  public GateSessions sessions() {
    return sessions;
  }

  /**
   * Dashboard login sessions.
   *
   * @return the operations
   */
  public GateLoginSessions loginSessions() {
    return loginSessions;
  }

  /**
   * Agent tokens.
   *
   * @return the operations
   */
  public GateAgentTokens agentTokens() {
    return agentTokens;
  }
}
