package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.GateRegistryEntry;
import java.util.List;

/** The public registry of services agents can sign up for through Gate. Needs no credentials. */
public final class GateRegistry {

  private final ApiCaller caller;

  GateRegistry(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists the services of the registry (GET /v1/gate/registry).
   *
   * @return the registry entries
   */
  public List<GateRegistryEntry> list() {
    return caller.list(GateCalls.listRegistry(), GateRegistryEntry.class);
  }

  /**
   * Reads one registry entry (GET /v1/gate/registry/{serviceId}).
   *
   * @param serviceId the service id
   * @return the entry
   */
  public GateRegistryEntry get(String serviceId) {
    return caller.object(GateCalls.getRegistryEntry(serviceId), GateRegistryEntry.class);
  }
}
