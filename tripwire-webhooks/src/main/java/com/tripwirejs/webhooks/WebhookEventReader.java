package com.tripwirejs.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import org.jspecify.annotations.Nullable;

/** Reads a verified body into its typed event. */
final class WebhookEventReader {

  private static final String OBJECT = "webhook_event";

  private WebhookEventReader() {}

  static WebhookEvent read(byte[] body, boolean rejectUnknownTypes) {
    JsonNode tree;
    try {
      tree = TripwireJson.readTree(body);
    } catch (TripwireJsonException e) {
      throw invalid("The webhook body is not valid JSON: " + e.getMessage(), e);
    }
    if (!tree.isObject()) {
      throw invalid(
          "The webhook body must be a JSON object {id, object, type, created, data}", null);
    }
    JsonNode object = tree.get("object");
    if (object != null && !(object.isTextual() && OBJECT.equals(object.textValue()))) {
      throw invalid("The webhook body's object must be \"" + OBJECT + "\"", null);
    }
    WebhookEvent event;
    try {
      event = TripwireJson.fromTree(tree, WebhookEvent.class);
    } catch (TripwireJsonException e) {
      throw invalid("The webhook body is not a valid webhook event: " + e.getMessage(), e);
    }
    if (rejectUnknownTypes && event instanceof UnknownWebhookEvent) {
      throw new WebhookVerificationException(
          Reason.UNKNOWN_EVENT_TYPE,
          "The webhook event type"
              + describe(event.type())
              + " is not one this SDK version reads (a type newer than this SDK, or one the API no"
              + " longer sends), and unknown types are rejected: upgrade the SDK, or leave"
              + " rejectUnknownEventTypes off to receive it as an UnknownWebhookEvent");
    }
    return event;
  }

  private static String describe(WebhookEventType type) {
    String value = type.value();
    return value.length() <= 64 && value.matches("[a-z0-9._-]+") ? " \"" + value + "\"" : "";
  }

  private static WebhookVerificationException invalid(String message, @Nullable Throwable cause) {
    return cause == null
        ? new WebhookVerificationException(Reason.INVALID_EVENT, message)
        : new WebhookVerificationException(Reason.INVALID_EVENT, message, cause);
  }
}
