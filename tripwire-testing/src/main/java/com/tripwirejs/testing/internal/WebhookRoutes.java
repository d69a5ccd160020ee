package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.testing.internal.Route.Auth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Webhook endpoints (create, list, update, disable, rotate the signing secret, send a test) and
 * the event log with its deliveries. A test webhook is a real signed POST to the endpoint's URL.
 */
final class WebhookRoutes {
  private final FakeState state;

  private final RequestSchemas schemas;

  WebhookRoutes(FakeState state, RequestSchemas schemas) {
    this.state = state;
    this.schemas = schemas;
  }

  void register(List<Route> routes) {
    String endpoints = "/v1/organizations/{}/webhooks/endpoints";
    String endpoint = endpoints + "/{}";
    routes.add(Route.of("GET", endpoints, Auth.SECRET_KEY, this::listEndpoints));
    routes.add(Route.of("POST", endpoints, Auth.SECRET_KEY, schemas.createWebhookEndpoint, this::createEndpoint));
    routes.add(Route.of("PATCH", endpoint, Auth.SECRET_KEY, schemas.updateWebhookEndpoint, this::updateEndpoint));
    routes.add(Route.of("DELETE", endpoint, Auth.SECRET_KEY, this::disableEndpoint));
    routes.add(Route.of("POST", endpoint + "/rotations", Auth.SECRET_KEY, this::rotateSecret));
    routes.add(Route.of("POST", endpoint + "/test", Auth.SECRET_KEY, this::sendTest));
    routes.add(Route.of("GET", "/v1/organizations/{}/events", Auth.SECRET_KEY, schemas.listEvents, this::listEvents));
    routes.add(Route.of("GET", "/v1/organizations/{}/events/{}", Auth.SECRET_KEY, this::getEvent));
  }

  private Reply listEndpoints(Call call) {
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      List<WebhookEndpointRecord> found = new ArrayList<>();
      for (WebhookEndpointRecord endpoint : state.endpoints.values()) {
        if (endpoint.organizationId().equals(organizationId)) {
          found.add(endpoint);
        }
      }
      return Reply.page(Page.all(found, WebhookEndpointRecord::json));
    }
  }

  private Reply createEndpoint(Call call) {
    JsonNode body = call.json();
    List<String> types = eventTypes(body.get("event_types"));
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      Instant now = state.now();
      WebhookEndpointRecord endpoint =
          new WebhookEndpointRecord(
              organizationId, state.ids().hex("we_", 16), body.get("name").textValue(), body.get("url").textValue(),
              "active", types, newSigningSecret(), now, now);
      state.endpoints.put(endpoint.id(), endpoint);
      return Reply.created(endpoint.issuedJson());
    }
  }

  /** Sets what the body sets; {@code {}} changes nothing and answers the endpoint as it is. */
  private Reply updateEndpoint(Call call) {
    JsonNode body = call.json();
    synchronized (state) {
      WebhookEndpointRecord endpoint = endpoint(call);
      if (body.isEmpty()) {
        return Reply.ok(endpoint.json());
      }
      WebhookEndpointRecord updated =
          new WebhookEndpointRecord(
              endpoint.organizationId(),
              endpoint.id(),
              body.has("name") ? body.get("name").textValue() : endpoint.name(),
              body.has("url") ? body.get("url").textValue() : endpoint.url(),
              body.has("status") ? body.get("status").textValue() : endpoint.status(),
              body.has("event_types") ? eventTypes(body.get("event_types")) : endpoint.eventTypes(),
              endpoint.signingSecret(),
              endpoint.createdAt(),
              state.now());
      state.endpoints.put(updated.id(), updated);
      return Reply.ok(updated.json());
    }
  }

  private Reply disableEndpoint(Call call) {
    synchronized (state) {
      WebhookEndpointRecord endpoint = endpoint(call);
      WebhookEndpointRecord disabled = endpoint.withStatus("disabled", state.now());
      state.endpoints.put(disabled.id(), disabled);
      return Reply.ok(disabled.json());
    }
  }

  private Reply rotateSecret(Call call) {
    synchronized (state) {
      WebhookEndpointRecord endpoint = endpoint(call);
      WebhookEndpointRecord rotated = endpoint.withSigningSecret(newSigningSecret(), state.now());
      state.endpoints.put(rotated.id(), rotated);
      return Reply.created(rotated.issuedJson());
    }
  }

  /**
   * Signs a {@code webhook.test} event with the endpoint's secret and POSTs it to the endpoint's
   * URL, outside the state lock so that the receiver may call the fake back; the event and its
   * delivery join the event log whatever the receiver answers.
   */
  private Reply sendTest(Call call) {
    WebhookEndpointRecord endpoint;
    String eventId;
    Instant created;
    synchronized (state) {
      endpoint = endpoint(call);
      eventId = state.ids().hex("wevt_", 16);
      created = state.now();
    }
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("object", "webhook_test");
    data.putObject("endpoint").put("id", endpoint.id());
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("id", eventId);
    envelope.put("object", "webhook_event");
    envelope.put("type", "webhook.test");
    envelope.put("created", ApiTimestamps.format(created));
    envelope.set("data", data);
    byte[] body = TripwireJson.writeBytes(envelope);
    // A disabled endpoint receives nothing: the contract lists no refusal for it, and its delivery
    // status "skipped" says what happened.
    ObjectNode delivery =
        endpoint.status().equals("active") ? deliver(endpoint, eventId, body, created) : skipped(endpoint, eventId, created);
    synchronized (state) {
      state.recordEvent(
          new EventRecord(
              endpoint.organizationId(), eventId, "webhook.test", "webhook_endpoint", endpoint.id(),
              data, List.of(delivery), created));
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("object", "webhook_test");
    result.put("event_id", eventId);
    result.putArray("delivery_ids").add(delivery.get("id").asText());
    result.set("latest_delivery", delivery.deepCopy());
    return Reply.accepted(result);
  }

  private ObjectNode deliver(WebhookEndpointRecord endpoint, String eventId, byte[] body, Instant created) {
    WebhookDeliveries webhooks = state.webhooks();
    ObjectNode delivery;
    synchronized (state) {
      delivery = webhooks.newDelivery(eventId, endpoint.id(), "webhook.test", created);
    }
    WebhookDeliveries.Outcome outcome = webhooks.send(endpoint.url(), endpoint.signingSecret(), body);
    synchronized (state) {
      WebhookDeliveries.record(delivery, outcome, state.now());
    }
    return delivery;
  }

  /** The delivery of an event to a disabled endpoint: none was attempted. */
  private ObjectNode skipped(WebhookEndpointRecord endpoint, String eventId, Instant created) {
    ObjectNode delivery;
    synchronized (state) {
      delivery = state.webhooks().newDelivery(eventId, endpoint.id(), "webhook.test", created);
    }
    delivery.put("status", "skipped");
    delivery.put("error", "The endpoint is disabled; enable it to receive deliveries.");
    return delivery;
  }

  private Reply listEvents(Call call) {
    int limit = call.limit("event", 50);
    String endpointId = call.query("endpoint_id");
    String type = call.query("type");
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      List<EventRecord> found = new ArrayList<>();
      for (int i = state.events.size() - 1; i >= 0; i--) {
        EventRecord event = state.events.get(i);
        if (event.organizationId().equals(organizationId)
            && (endpointId == null || event.deliveredTo(endpointId))
            && (type == null || event.type().equals(type))) {
          found.add(event);
        }
      }
      return Reply.page(Page.first(found, limit, EventRecord::json));
    }
  }

  private Reply getEvent(Call call) {
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      for (EventRecord event : state.events) {
        if (event.id().equals(call.path(1)) && event.organizationId().equals(organizationId)) {
          return Reply.ok(event.json());
        }
      }
      throw ApiProblem.notFound("event", call.path(1));
    }
  }

  private WebhookEndpointRecord endpoint(Call call) {
    String organizationId = state.organization(call.path(0)).id();
    WebhookEndpointRecord endpoint = state.endpoints.get(call.path(1));
    if (endpoint == null || !endpoint.organizationId().equals(organizationId)) {
      throw ApiProblem.notFound("webhook endpoint", call.path(1));
    }
    return endpoint;
  }

  /** The event types of a body the schema has checked, each once. */
  private static List<String> eventTypes(JsonNode types) {
    List<String> values = new ArrayList<>();
    types.forEach(type -> values.add(type.textValue()));
    return values.stream().distinct().toList();
  }

  private String newSigningSecret() {
    return state.ids().hex("whsec_", 24);
  }
}
