package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookTest;

/**
 * The webhook endpoints of an organization. Creating an endpoint and rotating its secret return
 * the signing secret once, as {@link WebhookEndpoint#signingSecret()}.
 */
public final class WebhookEndpoints {

  private final ApiCaller caller;

  WebhookEndpoints(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists an organization's webhook endpoints (GET
   * /v1/organizations/{organizationId}/webhooks/endpoints).
   *
   * @param organizationId the organization id, {@code org_...}
   * @return the endpoints
   */
  public Page<WebhookEndpoint> list(String organizationId) {
    return caller.page(WebhookCalls.listEndpoints(organizationId), WebhookEndpoint.class);
  }

  /**
   * Creates an endpoint subscribed to event types (POST
   * /v1/organizations/{organizationId}/webhooks/endpoints).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param request the endpoint's name, URL and event types
   * @return the endpoint with its signing secret, revealed this once
   */
  public WebhookEndpoint create(String organizationId, CreateWebhookEndpointRequest request) {
    return caller.object(WebhookCalls.createEndpoint(organizationId, request), WebhookEndpoint.class);
  }

  /**
   * Updates an endpoint's name, URL, status or event types (PATCH
   * /v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @param request the properties to change
   * @return the updated endpoint
   */
  public WebhookEndpoint update(
      String organizationId, String endpointId, UpdateWebhookEndpointRequest request) {
    return caller.object(
        WebhookCalls.updateEndpoint(organizationId, endpointId, request), WebhookEndpoint.class);
  }

  /**
   * Disables an endpoint: no more deliveries (DELETE
   * /v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @return the disabled endpoint
   */
  public WebhookEndpoint disable(String organizationId, String endpointId) {
    return caller.object(WebhookCalls.disableEndpoint(organizationId, endpointId), WebhookEndpoint.class);
  }

  /**
   * Issues a new signing secret for an endpoint (POST
   * /v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}/rotations).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @return the endpoint with its new signing secret, revealed this once
   */
  public WebhookEndpoint rotateSecret(String organizationId, String endpointId) {
    return caller.object(
        WebhookCalls.rotateEndpointSecret(organizationId, endpointId), WebhookEndpoint.class);
  }

  /**
   * Sends a {@code webhook.test} event to an endpoint (POST
   * /v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}/test).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @return the test event and its delivery
   */
  public WebhookTest sendTest(String organizationId, String endpointId) {
    return caller.object(WebhookCalls.sendTest(organizationId, endpointId), WebhookTest.class);
  }
}
