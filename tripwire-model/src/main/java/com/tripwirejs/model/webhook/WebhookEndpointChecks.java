package com.tripwirejs.model.webhook;

import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks that creating and updating a webhook endpoint share. */
final class WebhookEndpointChecks {

  private WebhookEndpointChecks() {}

  /** Rejects {@code webhook.test}: test deliveries are requested, not subscribed to. */
  static void subscribable(@Nullable List<WebhookEventType> eventTypes) {
    if (eventTypes == null) {
      return;
    }
    for (int i = 0; i < eventTypes.size(); i++) {
      if (WebhookEventType.WEBHOOK_TEST.equals(eventTypes.get(i))) {
        throw RequestChecks.invalid(
            "event_types["
                + i
                + "] cannot be webhook.test: endpoints do not subscribe to test events, send one"
                + " with the test operation instead");
      }
    }
  }
}
