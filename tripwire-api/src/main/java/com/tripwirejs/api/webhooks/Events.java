package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.model.webhook.Event;

/** An organization's events and their webhook delivery attempts. */
public final class Events {

  private final ApiCaller caller;

  Events(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists events (GET /v1/organizations/{organizationId}/events): one page.
   *
   * <p>The contract gives this list no cursor parameter, so one page is all of it that can be
   * read: at most {@code limit} events (up to 200) that match the filters. {@link Page#hasMore()}
   * says that more matching events exist beyond them; narrow the filters (an endpoint, a type) to
   * reach them, or read one by id with {@code get}. A {@link Page#nextCursor()} that the API may
   * send cannot be passed back, so there is no auto-pager for events and nothing to loop on.
   *
   * @param organizationId the organization id, {@code org_...}
   * @param params endpoint, type and limit filters
   * @return one page of matching events
   */
  public Page<Event> list(String organizationId, EventListParams params) {
    return caller.page(WebhookCalls.listEvents(organizationId, params), Event.class);
  }

  /**
   * Lists the most recent events.
   *
   * @param organizationId the organization id, {@code org_...}
   * @return the events
   */
  public Page<Event> list(String organizationId) {
    return list(organizationId, EventListParams.none());
  }

  /**
   * Reads an event with its deliveries (GET /v1/organizations/{organizationId}/events/{eventId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param eventId the event id, {@code wevt_...}
   * @return the event
   */
  public Event get(String organizationId, String eventId) {
    return caller.object(WebhookCalls.getEvent(organizationId, eventId), Event.class);
  }
}
