package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.internal.ApiCaller;

/** An organization's webhook endpoints, and the events delivered to them. */
public final class Webhooks {

  private final WebhookEndpoints endpoints;
  private final Events events;

  /**
   * Creates the namespace; use {@code client.webhooks()}.
   *
   * @param caller runs the operations
   */
  public Webhooks(ApiCaller caller) {
    this.endpoints = new WebhookEndpoints(caller);
    this.events = new Events(caller);
  }

  /**
   * The webhook endpoints of organizations.
   *
   * @return the endpoint operations
   */
  public WebhookEndpoints endpoints() {
    return endpoints;
  }

  /**
   * The events of organizations and their deliveries.
   *
   * @return the event operations
   */
  public Events events() {
    return events;
  }
}
