package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.GateManagedService;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link GateServices}. */
public final class AsyncGateServices {

  private final ApiCaller caller;

  AsyncGateServices(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists the organization's services (GET /v1/gate/services).
   *
   * @return the services
   */
  public CompletableFuture<List<GateManagedService>> list() {
    return caller.listAsync(GateCalls.listServices(), GateManagedService.class);
  }

  /**
   * Creates a service (POST /v1/gate/services).
   *
   * @param request the service's id, listing, env vars and webhook endpoint
   * @return the new service
   */
  public CompletableFuture<GateManagedService> create(CreateGateServiceRequest request) {
    return caller.objectAsync(GateCalls.createService(request), GateManagedService.class);
  }

  /**
   * Reads a service (GET /v1/gate/services/{serviceId}).
   *
   * @param serviceId the service id
   * @return the service
   */
  public CompletableFuture<GateManagedService> get(String serviceId) {
    return caller.objectAsync(GateCalls.getService(serviceId), GateManagedService.class);
  }

  /**
   * Updates a service (PATCH /v1/gate/services/{serviceId}).
   *
   * @param serviceId the service id
   * @param request the properties to change
   * @return the updated service
   */
  public CompletableFuture<GateManagedService> update(String serviceId, UpdateGateServiceRequest request) {
    return caller.objectAsync(GateCalls.updateService(serviceId, request), GateManagedService.class);
  }

  /**
   * Disables a service: agents can no longer sign up (DELETE /v1/gate/services/{serviceId}).
   *
   * @param serviceId the service id
   * @return the disabled service
   */
  public CompletableFuture<GateManagedService> disable(String serviceId) {
    return caller.objectAsync(GateCalls.disableService(serviceId), GateManagedService.class);
  }
}
