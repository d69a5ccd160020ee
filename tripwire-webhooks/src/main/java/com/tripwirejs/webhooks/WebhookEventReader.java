package com.tripwirejs.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.GateApprovedWebhookPayload;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import com.tripwirejs.webhooks.gate.GateApprovedWebhook;
import com.tripwirejs.webhooks.gate.GateDeliveryException;
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
    JsonNode type = tree.get("type");
    if (type != null
        && type.isTextual()
        && WebhookEventType.GATE_SESSION_APPROVED.value().equals(type.textValue())) {
      tree = withCheckedGatePayload((ObjectNode) tree);
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

  /** The approved-payload checks of the contract, then the payload as those checks read it. */
  private static JsonNode withCheckedGatePayload(ObjectNode event) {
    GateApprovedWebhookPayload payload;
    try {
      payload = GateApprovedWebhook.validatePayload(event.path("data"));
    } catch (GateDeliveryException e) {
      throw invalid(
          "The data of the gate.session.approved event is invalid: " + e.getMessage(), e);
    }
    // The tree was parsed here and is not shared: its data can be replaced in place.
    event.set("data", TripwireJson.toTree(payload));
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
