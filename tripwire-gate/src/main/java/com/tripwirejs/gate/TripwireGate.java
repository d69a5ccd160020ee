package com.tripwirejs.gate;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.extension.ClientExtensions;
import com.tripwirejs.api.internal.ApiCaller;

/**
 * Gate's operations on a {@link TripwireClient}: agent sign-ups for services, with the registry,
 * managed services, Gate sessions, dashboard login sessions and agent tokens.
 *
 * <pre>{@code
 * TripwireGate gate = TripwireGate.of(client);
 * GateSessionPollData poll = gate.sessions().poll("gate_...", pollToken);
 * gate.async().registry().list();   // CompletableFuture<List<GateRegistryEntry>>
 * }</pre>
 *
 * <p>Foil retired Gate from its server API in autumn 2026; these operations are for services on a
 * generation of the API that still has it (Tripwire, or Foil as of July 2026). The calls run
 * through the client: its base URL, secret key, retries, timeouts, listeners and connections, and
 * the options of a {@link TripwireClient#withOptions} view. Each operation authenticates as the API
 * asks: the registry and creating a Gate session with nothing, polling and acknowledging with the
 * poll token, creating a login session with an agent token, everything else with the client's
 * secret key. A {@code TripwireGate} is cheap, thread-safe and holds nothing to close.
 */
public final class TripwireGate {

  private final GateRegistry registry;
  private final GateServices services;
  private final GateSessions sessions;
  private final GateLoginSessions loginSessions;
  private final GateAgentTokens agentTokens;
  private final AsyncTripwireGate async;

  private TripwireGate(ApiCaller caller) {
    this.registry = new GateRegistry(caller);
    this.services = new GateServices(caller);
    this.sessions = new GateSessions(caller);
    this.loginSessions = new GateLoginSessions(caller);
    this.agentTokens = new GateAgentTokens(caller);
    this.async = new AsyncTripwireGate(caller);
  }

  /**
   * Gate's operations on a client.
   *
   * @param client the client whose settings and connections the calls use
   * @return the operations
   */
  public static TripwireGate of(TripwireClient client) {
    return new TripwireGate(ClientExtensions.caller(client));
  }

  /**
   * The same operations, returning {@code CompletableFuture}s instead of blocking.
   *
   * @return the non-blocking operations
   */
  public AsyncTripwireGate async() {
    return async;
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
