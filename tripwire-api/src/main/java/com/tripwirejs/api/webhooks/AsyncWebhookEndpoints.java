package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookTest;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link WebhookEndpoints}. */
public final class AsyncWebhookEndpoints {

  private final ApiCaller caller;

  AsyncWebhookEndpoints(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists an organization's webhook endpoints.
   *
   * @param organizationId the organization id, {@code org_...}
   * @return the endpoints
   */
  public CompletableFuture<Page<WebhookEndpoint>> list(String organizationId) {
    return caller.pageAsync(WebhookCalls.listEndpoints(organizationId), WebhookEndpoint.class);
  }

  /**
   * Creates an endpoint subscribed to event types.
   *
   * @param organizationId the organization id, {@code org_...}
   * @param request the endpoint's name, URL and event types
   * @return the endpoint with its signing secret, revealed this once
   */
  public CompletableFuture<WebhookEndpoint> create(
      String organizationId, CreateWebhookEndpointRequest request) {
    return caller.objectAsync(WebhookCalls.createEndpoint(organizationId, request), WebhookEndpoint.class);
  }

  /**
   * Updates an endpoint's name, URL, status or event types.
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @param request the properties to change
   * @return the updated endpoint
   */
  public CompletableFuture<WebhookEndpoint> update(
      String organizationId, String endpointId, UpdateWebhookEndpointRequest request) {
    return caller.objectAsync(
        WebhookCalls.updateEndpoint(organizationId, endpointId, request), WebhookEndpoint.class);
  }

  /**
   * Disables an endpoint.
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @return the disabled endpoint
   */
  public CompletableFuture<WebhookEndpoint> disable(String organizationId, String endpointId) {
    return caller.objectAsync(
        WebhookCalls.disableEndpoint(organizationId, endpointId), WebhookEndpoint.class);
  }

  /**
   * Issues a new signing secret for an endpoint.
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @return the endpoint with its new signing secret, revealed this once
   */
  public CompletableFuture<WebhookEndpoint> rotateSecret(String organizationId, String endpointId) {
    return caller.objectAsync(
        WebhookCalls.rotateEndpointSecret(organizationId, endpointId), WebhookEndpoint.class);
  }

  /**
   * Sends a {@code webhook.test} event to an endpoint.
   *
   * @param organizationId the organization id, {@code org_...}
   * @param endpointId the endpoint id, {@code we_...}
   * @return the test event and its delivery
   */
  public CompletableFuture<WebhookTest> sendTest(String organizationId, String endpointId) {
    return caller.objectAsync(WebhookCalls.sendTest(organizationId, endpointId), WebhookTest.class);
  }
}
