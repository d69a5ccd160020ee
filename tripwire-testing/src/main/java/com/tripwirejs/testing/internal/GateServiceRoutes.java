package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.tripwirejs.gate.delivery.GateEnvPolicy;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.GateBranding;
import com.tripwirejs.gate.model.GateConsentConfig;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import com.tripwirejs.testing.internal.Route.Auth;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The public Gate registry, and the Gate services an organization manages: list, create, read,
 * update and disable. A discoverable, active service is listed in the registry; any service can be
 * read there by id, as {@code npx signup <service>} does for one that is not listed. The {@code
 * verified} badge of a service's branding is Tripwire's to give, so an organization's services
 * never have it.
 */
final class GateServiceRoutes {
  private final FakeState state;

  private final RequestSchemas schemas;

  GateServiceRoutes(FakeState state, RequestSchemas schemas) {
    this.state = state;
    this.schemas = schemas;
  }

  void register(List<Route> routes) {
    routes.add(Route.of("GET", "/v1/gate/registry", Auth.NONE, this::listRegistry));
    routes.add(Route.of("GET", "/v1/gate/registry/{}", Auth.NONE, this::getRegistryEntry));
    routes.add(Route.of("GET", "/v1/gate/services", Auth.SECRET_KEY, this::listServices));
    routes.add(Route.of("POST", "/v1/gate/services", Auth.SECRET_KEY, schemas.createGateService, this::createService));
    routes.add(Route.of("GET", "/v1/gate/services/{}", Auth.SECRET_KEY, this::getService));
    routes.add(Route.of("PATCH", "/v1/gate/services/{}", Auth.SECRET_KEY, schemas.updateGateService, this::updateService));
    routes.add(Route.of("DELETE", "/v1/gate/services/{}", Auth.SECRET_KEY, this::disableService));
  }

  private Reply listRegistry(Call call) {
    synchronized (state) {
      ArrayNode entries = JsonNodeFactory.instance.arrayNode();
      for (GateServiceRecord service : state.gate().services.values()) {
        if (service.discoverable() && service.active()) {
          entries.add(service.registryJson());
        }
      }
      return Reply.ok(entries);
    }
  }

  private Reply getRegistryEntry(Call call) {
    synchronized (state) {
      return Reply.ok(state.gate().service(call.path(0)).registryJson());
    }
  }

  private Reply listServices(Call call) {
    synchronized (state) {
      String organizationId = call.principal().organizationId();
      ArrayNode services = JsonNodeFactory.instance.arrayNode();
      for (GateServiceRecord service : state.gate().services.values()) {
        if (service.ownedBy(organizationId)) {
          services.add(service.json());
        }
      }
      return Reply.ok(services);
    }
  }

  private Reply createService(Call call) {
    CreateGateServiceRequest request = call.body(CreateGateServiceRequest.class);
    checkEnvVars(request.envVars());
    synchronized (state) {
      String organizationId = call.principal().organizationId();
      if (state.gate().services.containsKey(request.id())) {
        throw ApiProblem.conflict(
            "A Gate service with id \"" + request.id() + "\" already exists. Choose another id.");
      }
      checkEndpoint(organizationId, request.webhookEndpointId());
      Instant now = state.now();
      GateServiceRecord service =
          new GateServiceRecord(
              organizationId,
              request.id(),
              "active",
              Boolean.TRUE.equals(request.discoverable()),
              request.name(),
              request.description(),
              request.website(),
              request.dashboardLoginUrl(),
              request.envVars() != null ? request.envVars() : List.of(),
              request.docsUrl() != null ? request.docsUrl() : request.website(),
              request.sdks() != null ? request.sdks() : List.of(),
              unverified(request.branding()),
              request.consent() != null ? request.consent() : GateConsentConfig.builder().build(),
              now,
              now,
              request.webhookEndpointId());
      state.gate().services.put(service.id(), service);
      return Reply.created(service.json());
    }
  }

  private Reply getService(Call call) {
    synchronized (state) {
      return Reply.ok(state.gate().ownedService(call.principal().organizationId(), call.path(0)).json());
    }
  }

  /**
   * Sets what the request sets; nested objects and lists replace the stored ones whole. {@code {}}
   * changes nothing and answers the service as it is.
   */
  private Reply updateService(Call call) {
    if (call.json().isEmpty()) {
      synchronized (state) {
        return Reply.ok(state.gate().ownedService(call.principal().organizationId(), call.path(0)).json());
      }
    }
    UpdateGateServiceRequest request = call.body(UpdateGateServiceRequest.class);
    checkEnvVars(request.envVars());
    synchronized (state) {
      String organizationId = call.principal().organizationId();
      GateServiceRecord current = state.gate().ownedService(organizationId, call.path(0));
      if (request.webhookEndpointId() != null) {
        checkEndpoint(organizationId, request.webhookEndpointId());
      }
      GateServiceRecord updated =
          new GateServiceRecord(
              current.organizationId(),
              current.id(),
              current.status(),
              request.discoverable() != null ? request.discoverable() : current.discoverable(),
              request.name() != null ? request.name() : current.name(),
              request.description() != null ? request.description() : current.description(),
              request.website() != null ? request.website() : current.website(),
              request.removesDashboardLoginUrl()
                  ? null
                  : request.dashboardLoginUrl() != null ? request.dashboardLoginUrl() : current.dashboardLoginUrl(),
              request.envVars() != null ? request.envVars() : current.envVars(),
              request.docsUrl() != null ? request.docsUrl() : current.docsUrl(),
              request.sdks() != null ? request.sdks() : current.sdks(),
              request.branding() != null ? unverified(request.branding()) : current.branding(),
              request.consent() != null ? request.consent() : current.consent(),
              current.createdAt(),
              state.now(),
              request.webhookEndpointId() != null ? request.webhookEndpointId() : current.webhookEndpointId());
      state.gate().services.put(updated.id(), updated);
      return Reply.ok(updated.json());
    }
  }

  /** A soft delete: the service stays, {@code disabled}; it leaves the registry and starts no sessions. */
  private Reply disableService(Call call) {
    synchronized (state) {
      GateServiceRecord service = state.gate().ownedService(call.principal().organizationId(), call.path(0));
      GateServiceRecord disabled = service.withStatus("disabled", state.now());
      state.gate().services.put(disabled.id(), disabled);
      return Reply.ok(disabled.json());
    }
  }

  /** The webhook endpoint that receives {@code gate.session.approved} must be the organization's. */
  private void checkEndpoint(String organizationId, String endpointId) {
    WebhookEndpointRecord endpoint = state.endpoints.get(endpointId);
    if (endpoint == null || !endpoint.organizationId().equals(organizationId)) {
      throw ApiProblem.invalid(
          "webhook_endpoint_id names no webhook endpoint of this organization. Create the endpoint first.",
          new ApiProblem.FieldIssue(
              "webhook_endpoint_id", "not_found", "a webhook endpoint of this organization", endpointId));
    }
  }

  /**
   * A service declares the variables its outputs set: none that Gate manages itself (the agent
   * token), none that no delivery may set ({@code PATH}, {@code LD_PRELOAD}, ...), and each once.
   */
  private static void checkEnvVars(@Nullable List<GateEnvVar> envVars) {
    if (envVars == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < envVars.size(); i++) {
      String key = envVars.get(i).key();
      String field = "env_vars[" + i + "].key";
      if (GateEnvPolicy.isBlockedEnvVarKey(key)) {
        throw ApiProblem.invalid(
            field + " is " + key + ", which no Gate delivery may set. Choose another variable name.",
            new ApiProblem.FieldIssue(field, "blocked", "a variable that does not change how programs run", key));
      }
      if (GateEnvPolicy.isManagedEnvVarKey(key)) {
        throw ApiProblem.invalid(
            field + " is " + key + ", which Gate sets itself with the agent token. Choose another variable name.",
            new ApiProblem.FieldIssue(field, "managed", "a variable Gate does not manage", key));
      }
      if (!seen.add(key)) {
        throw ApiProblem.invalid(
            field + " repeats " + key + ". Declare each variable once.",
            new ApiProblem.FieldIssue(field, "duplicate", "a variable not declared before", key));
      }
    }
  }

  private static GateBranding unverified(@Nullable GateBranding branding) {
    return branding == null
        ? GateBranding.builder().verified(false).build()
        : GateBranding.builder().from(branding).verified(false).build();
  }
}
