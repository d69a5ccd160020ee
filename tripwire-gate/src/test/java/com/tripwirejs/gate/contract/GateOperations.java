package com.tripwirejs.gate.contract;

import com.tripwirejs.gate.AsyncTripwireGate;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.TripwireSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Gate's 14 operations as the contract suite calls them, with the authentication the contract
 * gives each: none for the registry and creating a Gate session, the poll token for polling and
 * acknowledging, an agent token for creating a login session, the secret key for the rest.
 */
final class GateOperations {

  static final String SECRET_KEY = "sk_test_gate_contract_0123456789";
  static final String POLL_TOKEN = "gtpoll_contract_0123456789";
  static final String AGENT_TOKEN = "agt_contract_0123456789";

  private static final String SERVICE = "acme_prod";
  private static final String GATE_SESSION = "gate_0123456789abcdefghjkmnpqrs";

  private GateOperations() {}

  static List<GateOperation> all(TripwireSpec spec) {
    String bearer = "Bearer " + SECRET_KEY;
    Bodies bodies = new Bodies(spec);
    Secret poll = Secret.of(POLL_TOKEN);
    Secret agent = Secret.of(AGENT_TOKEN);
    // The registry entry the fixtures show: the generation's first-party service.
    String registryId = spec.fixture("api/gate/registry-detail.json").at("/data/id").asText();
    return List.of(
        op("listGateRegistryServices", "get", "/v1/gate/registry", "/v1/gate/registry", null, null, "list",
            g -> g.registry().list(), a -> a.registry().list()),
        op("getGateRegistryService", "get", "/v1/gate/registry/{serviceId}", "/v1/gate/registry/" + registryId, null, null, "object",
            g -> g.registry().get(registryId), a -> a.registry().get(registryId)),
        op("listManagedGateServices", "get", "/v1/gate/services", "/v1/gate/services", null, bearer, "list",
            g -> g.services().list(), a -> a.services().list()),
        op("createManagedGateService", "post", "/v1/gate/services", "/v1/gate/services", "CreateGateServiceRequest", bearer, "object",
            g -> g.services().create(bodies.read("CreateGateServiceRequest", CreateGateServiceRequest.class)),
            a -> a.services().create(bodies.read("CreateGateServiceRequest", CreateGateServiceRequest.class))),
        op("getManagedGateService", "get", "/v1/gate/services/{serviceId}", "/v1/gate/services/" + SERVICE, null, bearer, "object",
            g -> g.services().get(SERVICE), a -> a.services().get(SERVICE)),
        op("updateManagedGateService", "patch", "/v1/gate/services/{serviceId}", "/v1/gate/services/" + SERVICE, "UpdateGateServiceRequest", bearer, "object",
            g -> g.services().update(SERVICE, bodies.read("UpdateGateServiceRequest", UpdateGateServiceRequest.class)),
            a -> a.services().update(SERVICE, bodies.read("UpdateGateServiceRequest", UpdateGateServiceRequest.class))),
        op("disableManagedGateService", "delete", "/v1/gate/services/{serviceId}", "/v1/gate/services/" + SERVICE, null, bearer, "object",
            g -> g.services().disable(SERVICE), a -> a.services().disable(SERVICE)),
        op("createGateSession", "post", "/v1/gate/sessions", "/v1/gate/sessions", "CreateGateSessionRequest", null, "object",
            g -> g.sessions().create(bodies.read("CreateGateSessionRequest", CreateGateSessionRequest.class)),
            a -> a.sessions().create(bodies.read("CreateGateSessionRequest", CreateGateSessionRequest.class))),
        op("pollGateSession", "get", "/v1/gate/sessions/{gateSessionId}", "/v1/gate/sessions/" + GATE_SESSION, null, "Bearer " + POLL_TOKEN, "object",
            g -> g.sessions().poll(GATE_SESSION, poll), a -> a.sessions().poll(GATE_SESSION, poll)),
        op("acknowledgeGateSessionDelivery", "post", "/v1/gate/sessions/{gateSessionId}/ack", "/v1/gate/sessions/" + GATE_SESSION + "/ack",
            "AcknowledgeGateSessionDeliveryRequest", "Bearer " + POLL_TOKEN, "object",
            g -> g.sessions().acknowledge(GATE_SESSION, poll, bodies.read("AcknowledgeGateSessionDeliveryRequest", AcknowledgeGateSessionDeliveryRequest.class)),
            a -> a.sessions().acknowledge(GATE_SESSION, poll, bodies.read("AcknowledgeGateSessionDeliveryRequest", AcknowledgeGateSessionDeliveryRequest.class))),
        op("createGateLoginSession", "post", "/v1/gate/login-sessions", "/v1/gate/login-sessions", "CreateGateLoginSessionRequest", "Bearer " + AGENT_TOKEN, "object",
            g -> g.loginSessions().create(agent, bodies.read("CreateGateLoginSessionRequest", CreateGateLoginSessionRequest.class)),
            a -> a.loginSessions().create(agent, bodies.read("CreateGateLoginSessionRequest", CreateGateLoginSessionRequest.class))),
        op("consumeGateLoginSessionCode", "post", "/v1/gate/login-sessions/consume", "/v1/gate/login-sessions/consume", "ConsumeGateLoginSessionRequest", bearer, "object",
            g -> g.loginSessions().consume(bodies.read("ConsumeGateLoginSessionRequest", ConsumeGateLoginSessionRequest.class)),
            a -> a.loginSessions().consume(bodies.read("ConsumeGateLoginSessionRequest", ConsumeGateLoginSessionRequest.class))),
        op("verifyGateAgentToken", "post", "/v1/gate/agent-tokens/verify", "/v1/gate/agent-tokens/verify", "VerifyAgentTokenRequest", bearer, "object",
            g -> g.agentTokens().verify(bodies.read("VerifyAgentTokenRequest", VerifyAgentTokenRequest.class)),
            a -> a.agentTokens().verify(bodies.read("VerifyAgentTokenRequest", VerifyAgentTokenRequest.class))),
        op("revokeGateAgentToken", "post", "/v1/gate/agent-tokens/revoke", "/v1/gate/agent-tokens/revoke", "RevokeAgentTokenRequest", bearer, "none",
            g -> {
              g.agentTokens().revoke(bodies.read("RevokeAgentTokenRequest", RevokeAgentTokenRequest.class));
              return null;
            },
            a -> a.agentTokens().revoke(bodies.read("RevokeAgentTokenRequest", RevokeAgentTokenRequest.class))));
  }

  private static GateOperation op(
      String operationId,
      String method,
      String specPath,
      String path,
      String requestSchema,
      String authorization,
      String result,
      Function<TripwireGate, Object> blocking,
      Function<AsyncTripwireGate, CompletableFuture<?>> nonBlocking) {
    return new GateOperation(operationId, method, specPath, path, requestSchema, authorization, result, blocking, nonBlocking);
  }

  /** Request bodies: the example of each request schema in openapi.json, read into the model. */
  static final class Bodies {
    private final TripwireSpec spec;

    Bodies(TripwireSpec spec) {
      this.spec = spec;
    }

    <T> T read(String schema, Class<T> type) {
      return TripwireJson.fromTree(spec.schema(schema).get("example"), type);
    }
  }
}
