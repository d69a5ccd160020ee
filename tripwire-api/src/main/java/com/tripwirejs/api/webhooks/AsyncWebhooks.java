package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.internal.ApiCaller;

/** The non-blocking twin of {@link Webhooks}. */
public final class AsyncWebhooks {

  private final AsyncWebhookEndpoints endpoints;
  private final AsyncEvents events;

  /**
   * Creates the namespace; use {@code client.async().webhooks()}.
   *
   * @param caller runs the operations
   */
  public AsyncWebhooks(ApiCaller caller) {
    this.endpoints = new AsyncWebhookEndpoints(caller);
    this.events = new AsyncEvents(caller);
  }

  /**
   * The webhook endpoints of organizations.
   *
   * @return the endpoint operations
   */
  public AsyncWebhookEndpoints endpoints() {
    return endpoints;
  }

  /**
   * The events of organizations and their deliveries.
   *
   * @return the event operations
   */
  public AsyncEvents events() {
    return events;
  }
}
