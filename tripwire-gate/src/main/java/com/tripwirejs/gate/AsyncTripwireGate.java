package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;

/**
 * The non-blocking twin of {@link TripwireGate}, from {@link TripwireGate#async()}: the same
 * operations, returning {@code CompletableFuture}s. Invalid arguments throw at once; every other
 * failure completes the future exceptionally.
 */
public final class AsyncTripwireGate {

  private final AsyncGateRegistry registry;
  private final AsyncGateServices services;
  private final AsyncGateSessions sessions;
  private final AsyncGateLoginSessions loginSessions;
  private final AsyncGateAgentTokens agentTokens;

  AsyncTripwireGate(ApiCaller caller) {
    this.registry = new AsyncGateRegistry(caller);
    this.services = new AsyncGateServices(caller);
    this.sessions = new AsyncGateSessions(caller);
    this.loginSessions = new AsyncGateLoginSessions(caller);
    this.agentTokens = new AsyncGateAgentTokens(caller);
  }

  /**
   * The public registry of services.
   *
   * @return the operations
   */
  public AsyncGateRegistry registry() {
    return registry;
  }

  /**
   * The services the organization manages.
   *
   * @return the operations
   */
  public AsyncGateServices services() {
    return services;
  }

  /**
   * Gate sessions: sign-up, approval, encrypted delivery.
   *
   * @return the operations
   */
  public AsyncGateSessions sessions() {
    return sessions;
  }

  /**
   * Dashboard login sessions.
   *
   * @return the operations
   */
  public AsyncGateLoginSessions loginSessions() {
    return loginSessions;
  }

  /**
   * Agent tokens.
   *
   * @return the operations
   */
  public AsyncGateAgentTokens agentTokens() {
    return agentTokens;
  }
}
