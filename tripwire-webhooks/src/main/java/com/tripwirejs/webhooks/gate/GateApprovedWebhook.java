package com.tripwirejs.webhooks.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.gate.delivery.GateApprovedWebhookResponse;
import com.tripwirejs.model.gate.delivery.GateDeliveryRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.webhook.event.GateApprovedWebhookPayload;
import com.tripwirejs.webhooks.gate.GateDeliveryException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The {@code gate.session.approved} webhook from the service's side: the checks of its payload and
 * the encrypted response that delivers the service's outputs to the agent.
 *
 * <pre>{@code
 * if (event instanceof GateSessionApprovedEvent approved) {
 *   String apiKey = accounts.issueApiKey(approved.data().gateAccountId());
 *   return GateApprovedWebhook.response(approved.data(), Map.of("ACME_API_KEY", apiKey));
 *   // write it as the HTTP response body: TripwireJson.write(response)
 * }
 * }</pre>
 *
 * <p>{@link com.tripwirejs.webhooks.WebhookVerifier} already runs {@link
 * #validatePayload(JsonNode)} on the data of every {@code gate.session.approved} event it returns.
 */
public final class GateApprovedWebhook {

  private static final Set<String> VERDICTS = Set.of("bot", "human", "inconclusive");

  private GateApprovedWebhook() {}

  /**
   * Checks an approved-webhook payload, in the contract's order: no {@code event} property; {@code
   * service_id}, {@code gate_session_id}, {@code gate_account_id} and {@code account_name}
   * non-empty strings; {@code metadata} an object or null; {@code tripwire} an object whose {@code
   * verdict} is {@code bot}, {@code human} or {@code inconclusive} and whose {@code score} is a
   * number or null; then the delivery request checks of {@link
   * GateDelivery#validateRequest(GateDeliveryRequest)}.
   *
   * @param payload the payload as JSON; an absent {@code metadata} or {@code tripwire.score} reads
   *     as null
   * @return the typed payload
   * @throws GateDeliveryException with reason {@code INVALID_WEBHOOK_PAYLOAD}, or {@code
   *     INVALID_DELIVERY_REQUEST} when only its delivery request fails
   */
  public static GateApprovedWebhookPayload validatePayload(JsonNode payload) {
    if (!payload.isObject()) {
      throw payloadError("webhook payload must be an object");
    }
    if (payload.has("event")) {
      throw payloadError(
          "webhook payload must not include event; use the webhook event envelope type");
    }
    for (String field : new String[] {"service_id", "gate_session_id", "gate_account_id", "account_name"}) {
      JsonNode value = payload.get(field);
      if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
        throw payloadError(field + " is required");
      }
    }
    JsonNode metadata = payload.get("metadata");
    if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
      throw payloadError("metadata must be an object or null");
    }
    JsonNode tripwire = payload.get("tripwire");
    if (tripwire == null || !tripwire.isObject()) {
      throw payloadError("tripwire must be an object");
    }
    JsonNode verdict = tripwire.get("verdict");
    if (verdict == null || !verdict.isTextual() || !VERDICTS.contains(verdict.textValue())) {
      throw payloadError("tripwire.verdict must be one of bot, human, inconclusive");
    }
    JsonNode score = tripwire.get("score");
    if (score != null && !score.isNull() && !score.isNumber()) {
      throw payloadError("tripwire.score must be a number or null");
    }
    DeliveryFields.request(payload.path("delivery"));

    ObjectNode normalized = (ObjectNode) payload;
    if (metadata == null || score == null) {
      normalized = normalized.deepCopy();
      if (metadata == null) {
        normalized.putNull("metadata");
      }
      if (score == null) {
        ((ObjectNode) normalized.get("tripwire")).putNull("score");
      }
    }
    return GateDelivery.bind(
        normalized, GateApprovedWebhookPayload.class, Reason.INVALID_WEBHOOK_PAYLOAD, "webhook payload");
  }

  /**
   * Checks a typed approved-webhook payload; see {@link #validatePayload(JsonNode)}.
   *
   * @param payload the payload
   * @return the same payload
   * @throws GateDeliveryException as {@link #validatePayload(JsonNode)}
   */
  public static GateApprovedWebhookPayload validatePayload(GateApprovedWebhookPayload payload) {
    validatePayload(TripwireJson.toTree(payload));
    return payload;
  }

  /**
   * Reads and checks an approved-webhook payload from JSON.
   *
   * @param json the payload JSON object
   * @return the typed payload
   * @throws GateDeliveryException as {@link #validatePayload(JsonNode)}, or with reason {@code
   *     INVALID_WEBHOOK_PAYLOAD} when the text is not JSON
   */
  public static GateApprovedWebhookPayload parsePayload(String json) {
    return parsePayload(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads and checks an approved-webhook payload from UTF-8 JSON.
   *
   * @param json the payload JSON object
   * @return the typed payload
   * @throws GateDeliveryException as {@link #parsePayload(String)}
   */
  public static GateApprovedWebhookPayload parsePayload(byte[] json) {
    return validatePayload(
        GateDelivery.readJson(json, Reason.INVALID_WEBHOOK_PAYLOAD, "webhook payload"));
  }

  /**
   * The response to an approved webhook: {@code {"encrypted_delivery": envelope}}, the outputs
   * encrypted as {@code {"version": 1, "outputs": {...}}} to the payload's delivery request.
   *
   * @param payload the approved-webhook payload
   * @param outputs output name to value
   * @return the response body
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST} when the payload's
   *     delivery request fails its checks
   */
  public static GateApprovedWebhookResponse response(
      GateApprovedWebhookPayload payload, Map<String, String> outputs) {
    return response(payload.delivery(), outputs);
  }

  /**
   * The response to an approved webhook for a delivery request; see {@link
   * #response(GateApprovedWebhookPayload, Map)}.
   *
   * @param delivery the delivery request
   * @param outputs output name to value
   * @return the response body
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST}
   */
  public static GateApprovedWebhookResponse response(
      GateDeliveryRequest delivery, Map<String, String> outputs) {
    return GateApprovedWebhookResponse.builder()
        .encryptedDelivery(GateDelivery.encrypt(delivery, outputs))
        .build();
  }

  private static GateDeliveryException payloadError(String message) {
    return new GateDeliveryException(Reason.INVALID_WEBHOOK_PAYLOAD, message);
  }
}
