package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.http.internal.Auth;
import com.tripwirejs.model.Secret;
import org.jspecify.annotations.Nullable;

/**
 * The Gate operations as HTTP calls, each with the authentication the API gives it: none for the
 * registry and for creating a Gate session, the poll token for polling and acknowledging, an
 * agent token for creating a login session, the secret key for the rest.
 */
final class GateCalls {

  private static final String POLL_TOKEN = "Gate poll token (gtpoll_..., from creating the Gate session)";
  private static final String AGENT_TOKEN = "agent token (agt_...)";

  private GateCalls() {}

  static ApiCall listRegistry() {
    return ApiCall.builder("listGateRegistryServices", HttpMethod.GET, "/v1/gate/registry")
        .auth(Auth.none())
        .build();
  }

  static ApiCall getRegistryEntry(String serviceId) {
    return ApiCall.builder("getGateRegistryService", HttpMethod.GET, "/v1/gate/registry/{serviceId}")
        .pathValue(Arguments.requireNonBlank(serviceId, "serviceId"))
        .auth(Auth.none())
        .build();
  }

  static ApiCall listServices() {
    return ApiCall.builder("listManagedGateServices", HttpMethod.GET, "/v1/gate/services").build();
  }

  static ApiCall createService(CreateGateServiceRequest request) {
    return ApiCall.builder("createManagedGateService", HttpMethod.POST, "/v1/gate/services")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall getService(String serviceId) {
    return service("getManagedGateService", HttpMethod.GET, serviceId).build();
  }

  static ApiCall updateService(String serviceId, UpdateGateServiceRequest request) {
    return service("updateManagedGateService", HttpMethod.PATCH, serviceId)
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall disableService(String serviceId) {
    return service("disableManagedGateService", HttpMethod.DELETE, serviceId).build();
  }

  static ApiCall createSession(CreateGateSessionRequest request) {
    return ApiCall.builder("createGateSession", HttpMethod.POST, "/v1/gate/sessions")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .auth(Auth.none())
        .build();
  }

  static ApiCall pollSession(String gateSessionId, @Nullable Secret pollToken) {
    return ApiCall.builder("pollGateSession", HttpMethod.GET, "/v1/gate/sessions/{gateSessionId}")
        .pathValue(Arguments.requireNonBlank(gateSessionId, "gateSessionId"))
        .auth(Auth.bearer(pollToken, POLL_TOKEN))
        .build();
  }

  static ApiCall acknowledgeSession(
      String gateSessionId, @Nullable Secret pollToken, AcknowledgeGateSessionDeliveryRequest request) {
    return ApiCall.builder(
            "acknowledgeGateSessionDelivery", HttpMethod.POST, "/v1/gate/sessions/{gateSessionId}/ack")
        .pathValue(Arguments.requireNonBlank(gateSessionId, "gateSessionId"))
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .auth(Auth.bearer(pollToken, POLL_TOKEN))
        .build();
  }

  static ApiCall createLoginSession(@Nullable Secret agentToken, CreateGateLoginSessionRequest request) {
    return ApiCall.builder("createGateLoginSession", HttpMethod.POST, "/v1/gate/login-sessions")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .auth(Auth.bearer(agentToken, AGENT_TOKEN))
        .build();
  }

  static ApiCall consumeLoginSession(ConsumeGateLoginSessionRequest request) {
    return ApiCall.builder(
            "consumeGateLoginSessionCode", HttpMethod.POST, "/v1/gate/login-sessions/consume")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall verifyAgentToken(VerifyAgentTokenRequest request) {
    return ApiCall.builder("verifyGateAgentToken", HttpMethod.POST, "/v1/gate/agent-tokens/verify")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall revokeAgentToken(RevokeAgentTokenRequest request) {
    return ApiCall.builder("revokeGateAgentToken", HttpMethod.POST, "/v1/gate/agent-tokens/revoke")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  private static ApiCall.Builder service(String operation, HttpMethod method, String serviceId) {
    return ApiCall.builder(operation, method, "/v1/gate/services/{serviceId}")
        .pathValue(Arguments.requireNonBlank(serviceId, "serviceId"));
  }
}
