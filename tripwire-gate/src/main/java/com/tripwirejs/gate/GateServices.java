package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.GateManagedService;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import java.util.List;

/** The Gate services an organization manages: what agents sign up for and which credentials they receive. */
public final class GateServices {

  private final ApiCaller caller;

  GateServices(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists the organization's services (GET /v1/gate/services).
   *
   * @return the services
   */
  public List<GateManagedService> list() {
    return caller.list(GateCalls.listServices(), GateManagedService.class);
  }

  /**
   * Creates a service (POST /v1/gate/services).
   *
   * @param request the service's id, listing, env vars and webhook endpoint
   * @return the new service
   */
  public GateManagedService create(CreateGateServiceRequest request) {
    return caller.object(GateCalls.createService(request), GateManagedService.class);
  }

  /**
   * Reads a service (GET /v1/gate/services/{serviceId}).
   *
   * @param serviceId the service id
   * @return the service
   */
  public GateManagedService get(String serviceId) {
    return caller.object(GateCalls.getService(serviceId), GateManagedService.class);
  }

  /**
   * Updates a service (PATCH /v1/gate/services/{serviceId}).
   *
   * @param serviceId the service id
   * @param request the properties to change
   * @return the updated service
   */
  public GateManagedService update(String serviceId, UpdateGateServiceRequest request) {
    return caller.object(GateCalls.updateService(serviceId, request), GateManagedService.class);
  }

  /**
   * Disables a service: agents can no longer sign up (DELETE /v1/gate/services/{serviceId}).
   *
   * @param serviceId the service id
   * @return the disabled service
   */
  public GateManagedService disable(String serviceId) {
    return caller.object(GateCalls.disableService(serviceId), GateManagedService.class);
  }
}
