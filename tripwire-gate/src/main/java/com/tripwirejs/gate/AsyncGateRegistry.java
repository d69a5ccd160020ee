package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.GateRegistryEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link GateRegistry}. */
public final class AsyncGateRegistry {

  private final ApiCaller caller;

  AsyncGateRegistry(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists the services of the registry (GET /v1/gate/registry).
   *
   * @return the registry entries
   */
  public CompletableFuture<List<GateRegistryEntry>> list() {
    return caller.listAsync(GateCalls.listRegistry(), GateRegistryEntry.class);
  }

  /**
   * Reads one registry entry (GET /v1/gate/registry/{serviceId}).
   *
   * @param serviceId the service id
   * @return the entry
   */
  public CompletableFuture<GateRegistryEntry> get(String serviceId) {
    return caller.objectAsync(GateCalls.getRegistryEntry(serviceId), GateRegistryEntry.class);
  }
}
