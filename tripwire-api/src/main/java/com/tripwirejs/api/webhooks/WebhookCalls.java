package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;

/** The webhook endpoint and event operations as HTTP calls. */
final class WebhookCalls {

  private static final String ENDPOINTS = "/v1/organizations/{organizationId}/webhooks/endpoints";
  private static final String ENDPOINT = ENDPOINTS + "/{endpointId}";
  private static final String EVENTS = "/v1/organizations/{organizationId}/events";

  private WebhookCalls() {}

  static ApiCall listEndpoints(String organizationId) {
    return organization("listWebhookEndpoints", HttpMethod.GET, ENDPOINTS, organizationId).build();
  }

  static ApiCall createEndpoint(String organizationId, CreateWebhookEndpointRequest request) {
    return organization("createWebhookEndpoint", HttpMethod.POST, ENDPOINTS, organizationId)
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall updateEndpoint(
      String organizationId, String endpointId, UpdateWebhookEndpointRequest request) {
    return endpoint("updateWebhookEndpoint", HttpMethod.PATCH, ENDPOINT, organizationId, endpointId)
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall disableEndpoint(String organizationId, String endpointId) {
    return endpoint("disableWebhookEndpoint", HttpMethod.DELETE, ENDPOINT, organizationId, endpointId)
        .build();
  }

  static ApiCall rotateEndpointSecret(String organizationId, String endpointId) {
    return endpoint(
            "rotateWebhookEndpointSecret",
            HttpMethod.POST,
            ENDPOINT + "/rotations",
            organizationId,
            endpointId)
        .build();
  }

  static ApiCall sendTest(String organizationId, String endpointId) {
    return endpoint("sendTestWebhook", HttpMethod.POST, ENDPOINT + "/test", organizationId, endpointId)
        .build();
  }

  static ApiCall listEvents(String organizationId, EventListParams params) {
    Arguments.requireNonNull(params, "params");
    return organization("listEvents", HttpMethod.GET, EVENTS, organizationId)
        .query("endpoint_id", params.endpointId())
        .query("type", params.type())
        .query("limit", params.limit())
        .build();
  }

  static ApiCall getEvent(String organizationId, String eventId) {
    return organization("retrieveEvent", HttpMethod.GET, EVENTS + "/{eventId}", organizationId)
        .pathValue(Arguments.requireNonBlank(eventId, "eventId"))
        .build();
  }

  private static ApiCall.Builder organization(
      String operation, HttpMethod method, String path, String organizationId) {
    return ApiCall.builder(operation, method, path)
        .pathValue(Arguments.requireNonBlank(organizationId, "organizationId"));
  }

  private static ApiCall.Builder endpoint(
      String operation, HttpMethod method, String path, String organizationId, String endpointId) {
    return organization(operation, method, path, organizationId)
        .pathValue(Arguments.requireNonBlank(endpointId, "endpointId"));
  }
}
