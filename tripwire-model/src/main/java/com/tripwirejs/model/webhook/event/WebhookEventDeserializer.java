package com.tripwirejs.model.webhook.event;

import com.tripwirejs.model.internal.json.DiscriminatedDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.util.Map;

/** Reads a {@link WebhookEvent} as the variant its {@code type} names. */
final class WebhookEventDeserializer extends DiscriminatedDeserializer<WebhookEvent> {

  private static final long serialVersionUID = 1L;

  WebhookEventDeserializer() {
    super(
        WebhookEvent.class,
        "type",
        Map.of(
            WebhookEventType.SESSION_RESULT_PERSISTED.value(), SessionResultPersistedEvent.class,
            WebhookEventType.WEBHOOK_TEST.value(), WebhookTestEvent.class),
        UnknownWebhookEvent.class);
  }
}
