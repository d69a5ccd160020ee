package com.tripwirejs.gate.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.model.GateApprovedWebhookPayload;
import com.tripwirejs.gate.model.GateSessionApprovedEvent;
import com.tripwirejs.gate.model.delivery.GateApprovedWebhookResponse;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.VerificationOutcome;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.internal.Observed;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code gate.session.approved} webhook from the service's side: the typed event with the
 * checks of its payload, and the encrypted response that delivers the service's outputs to the
 * agent.
 *
 * <pre>{@code
 * WebhookEvent event = verifier.verify(rawBody, headers);      // tripwire-webhooks: the signature
 * if (GateApprovedWebhook.isApproved(event)) {
 *   GateSessionApprovedEvent approved = GateApprovedWebhook.event(event);   // the payload checks
 *   String apiKey = accounts.issueApiKey(approved.data().gateAccountId());
 *   GateApprovedWebhookResponse response =
 *       GateApprovedWebhook.response(approved.data(), Map.of("ACME_API_KEY", apiKey));
 *   // write it as the HTTP response body: TripwireJson.write(response)
 * }
 * }</pre>
 *
 * <p>The current API has no Gate, so {@link WebhookVerifier} reads a {@code gate.session.approved}
 * delivery as an {@link UnknownWebhookEvent} carrying its data unchanged (a verifier built with
 * {@code rejectUnknownEventTypes(true)} rejects it: use one without for Gate's endpoint); this class
 * gives it its type. Payloads of both generations of the API that have Gate are read: the verdict
 * object is {@code foil} from Foil and {@code tripwire} from Tripwire.
 */
public final class GateApprovedWebhook {

  private static final Set<String> VERDICTS = Set.of("bot", "human", "inconclusive");
  private static final String OBJECT = "object";
  private static final String TYPE = "type";
  private static final String DATA = "data";
  private static final String EVENT_OBJECT = "webhook_event";

  private GateApprovedWebhook() {}

  /**
   * Whether a verified webhook event is a {@code gate.session.approved} event.
   *
   * @param event an event that {@link WebhookVerifier} returned
   * @return true for the type {@code gate.session.approved}
   */
  public static boolean isApproved(WebhookEvent event) {
    return GateSessionApprovedEvent.TYPE.equals(event.type());
  }

  /**
   * Verifies a delivery to a Gate webhook endpoint and reads it as an approved event: the
   * signature and envelope checks of {@code verifier}, then the approved-payload checks of {@link
   * #validatePayload(JsonNode)}.
   *
   * <p>The verifier's {@link WebhookVerifier#listener() listener} is told about the whole check as
   * {@link GateVerificationKinds#APPROVED_WEBHOOK} (verified with the event type, or rejected with
   * the reason's name), and about the signature check inside it as a webhook check (which reads no
   * event type: the body is bound once, by the Gate check).
   *
   * @param verifier the endpoint's verifier, built without {@code rejectUnknownEventTypes}
   * @param rawBody the request body exactly as received
   * @param headers the request headers, as {@link WebhookVerifier#verify(byte[], Map)} takes them
   * @return the typed event
   * @throws WebhookVerificationException when the delivery fails the verifier's checks (its
   *     signature, timestamp or envelope): answer it with a 4xx
   * @throws GateDeliveryException with reason {@code INVALID_WEBHOOK_PAYLOAD} when the verified
   *     event is not a {@code gate.session.approved} event or its data fails the payload checks, or
   *     {@code INVALID_DELIVERY_REQUEST} when only its delivery request does
   */
  public static GateSessionApprovedEvent verify(
      WebhookVerifier verifier, byte[] rawBody, Map<String, ?> headers) {
    VerificationListener.Verification verification =
        Observed.start(verifier.listener(), GateVerificationKinds.APPROVED_WEBHOOK);
    GateSessionApprovedEvent approved;
    try {
      approved = bindVerified(verifier, rawBody, headers);
    } catch (RuntimeException e) {
      Observed.end(verification, rejected(GateVerificationKinds.APPROVED_WEBHOOK, e));
      throw e;
    }
    Observed.end(
        verification,
        VerificationOutcome.verified(GateVerificationKinds.APPROVED_WEBHOOK)
            .withEventType(approved.type().value()));
    return approved;
  }

  /** A rejected Gate check, with the reason's name of a Gate failure. */
  static VerificationOutcome rejected(
      com.tripwirejs.webhooks.VerificationKind kind, RuntimeException failure) {
    return failure instanceof GateDeliveryException
        ? VerificationOutcome.rejected(kind, ((GateDeliveryException) failure).reason().name())
        : VerificationOutcome.rejected(kind, failure);
  }

  /** The signature checked, then the event bound once, or the general path's failure. */
  private static GateSessionApprovedEvent bindVerified(
      WebhookVerifier verifier, byte[] rawBody, Map<String, ?> headers) {
    verifier.verifySignature(rawBody, headers);
    if (!verifier.rejectsUnknownEventTypes()) {
      GateSessionApprovedEvent event = bindOnce(rawBody);
      if (event != null) {
        return event;
      }
    }
    // Anything the direct read does not accept takes the general path, which raises the same
    // failure as it always did.
    return event(WebhookVerifier.parseEvent(rawBody, verifier.rejectsUnknownEventTypes()));
  }

  /**
   * The approved event read from a verified body with one parse and one binding: the body's tree,
   * the envelope and approved-payload checks on it, then the typed event bound from it. Null when
   * the body is anything but a valid approved event, for the general path to raise the failure:
   * through {@link WebhookVerifier#parseEvent(byte[], boolean)} and {@link #event(WebhookEvent)},
   * the payload would be copied into a tree of its own for the unknown event, checked, and bound
   * again from that tree.
   */
  private static @Nullable GateSessionApprovedEvent bindOnce(byte[] rawBody) {
    JsonNode tree;
    try {
      tree = TripwireJson.readTree(rawBody);
    } catch (TripwireJsonException e) {
      return null;
    }
    JsonNode object = tree.get(OBJECT);
    JsonNode type = tree.get(TYPE);
    JsonNode data = tree.get(DATA);
    if (!tree.isObject()
        || object != null && !(object.isTextual() && EVENT_OBJECT.equals(object.textValue()))
        || type == null
        || !type.isTextual()
        || !GateSessionApprovedEvent.TYPE.value().equals(type.textValue())
        || data == null) {
      return null;
    }
    try {
      normalize(data, checkPayload(data), false);
      return TripwireJson.fromTree(tree, GateSessionApprovedEvent.class);
    } catch (GateDeliveryException | TripwireJsonException e) {
      return null;
    }
  }

  /**
   * Reads a verified {@code gate.session.approved} event as its type, after the approved-payload
   * checks of {@link #validatePayload(JsonNode)} on its data.
   *
   * @param verified an event that {@link WebhookVerifier} returned (an {@link UnknownWebhookEvent}
   *     of type {@code gate.session.approved})
   * @return the typed event
   * @throws GateDeliveryException with reason {@code INVALID_WEBHOOK_PAYLOAD} when the event is of
   *     another type or its data fails the payload checks, or {@code INVALID_DELIVERY_REQUEST} when
   *     only its delivery request does
   */
  public static GateSessionApprovedEvent event(WebhookEvent verified) {
    if (!isApproved(verified) || !(verified instanceof UnknownWebhookEvent)) {
      throw payloadError(
          "the webhook event is not a " + GateSessionApprovedEvent.TYPE.value() + " event");
    }
    UnknownWebhookEvent unknown = (UnknownWebhookEvent) verified;
    GateApprovedWebhookPayload data = validatePayload(unknown.data());
    return GateSessionApprovedEvent.builder()
        .id(unknown.id())
        .object(unknown.object())
        .created(unknown.created())
        .data(data)
        .unknownProperties(unknown.unknownProperties())
        .build();
  }

  /**
   * Checks an approved-webhook payload, in the contract's order: no {@code event} property; {@code
   * service_id}, {@code gate_session_id}, {@code gate_account_id} and {@code account_name}
   * non-empty strings; {@code metadata} an object or null; the verdict object an object whose {@code
   * verdict} is {@code bot}, {@code human} or {@code inconclusive} and whose {@code score} is a
   * number or null; then the delivery request checks of {@link
   * GateDelivery#validateRequest(GateDeliveryRequest)}.
   *
   * <p>The verdict object is {@code foil} in a payload from Foil and {@code tripwire} in one from
   * Tripwire: the payload must have exactly one of the two properties. One with neither fails ({@code
   * foil must be an object}), and so does one with both, even if both are valid, since no sender
   * writes both and the SDK will not pick one of two verdicts that may disagree.
   *
   * @param payload the payload as JSON; an absent {@code metadata} or {@code score} reads as null
   * @return the typed payload
   * @throws GateDeliveryException with reason {@code INVALID_WEBHOOK_PAYLOAD}, or {@code
   *     INVALID_DELIVERY_REQUEST} when only its delivery request fails
   */
  public static GateApprovedWebhookPayload validatePayload(JsonNode payload) {
    String verdictProperty = checkPayload(payload);
    return GateDelivery.bind(
        normalize(payload, verdictProperty, true),
        GateApprovedWebhookPayload.class,
        Reason.INVALID_WEBHOOK_PAYLOAD,
        "webhook payload");
  }

  /** The approved-payload checks on its tree; returns the property of its verdict object. */
  private static String checkPayload(JsonNode payload) {
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
    String verdictProperty = verdictProperty(payload);
    JsonNode result = payload.get(verdictProperty);
    if (result == null || !result.isObject()) {
      throw payloadError(verdictProperty + " must be an object");
    }
    JsonNode verdict = result.get("verdict");
    if (verdict == null || !verdict.isTextual() || !VERDICTS.contains(verdict.textValue())) {
      throw payloadError(verdictProperty + ".verdict must be one of bot, human, inconclusive");
    }
    JsonNode score = result.get("score");
    if (score != null && !score.isNull() && !score.isNumber()) {
      throw payloadError(verdictProperty + ".score must be a number or null");
    }
    DeliveryFields.request(payload.path("delivery"));
    return verdictProperty;
  }

  /**
   * The payload with an explicit null for an absent {@code metadata} and an absent verdict {@code
   * score}, so that the typed payload writes back as the contract has it; in a copy, or in place
   * when the tree is the caller's own.
   */
  private static ObjectNode normalize(JsonNode payload, String verdictProperty, boolean copy) {
    JsonNode metadata = payload.get("metadata");
    JsonNode score = payload.get(verdictProperty).get("score");
    ObjectNode normalized = (ObjectNode) payload;
    if (metadata == null || score == null) {
      if (copy) {
        normalized = normalized.deepCopy();
      }
      if (metadata == null) {
        normalized.putNull("metadata");
      }
      if (score == null) {
        ((ObjectNode) normalized.get(verdictProperty)).putNull("score");
      }
    }
    return normalized;
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

  /**
   * The verdict object's property: the one generation's name that the payload has; a payload with
   * none or with more than one fails.
   */
  private static String verdictProperty(JsonNode payload) {
    String found = null;
    for (ServiceGeneration generation : ServiceGeneration.ACCEPTED) {
      String property = generation.gateVerdictProperty();
      if (payload.has(property)) {
        if (found != null) {
          throw payloadError(
              "webhook payload must carry one verdict object, not both " + found + " and " + property);
        }
        found = property;
      }
    }
    if (found == null) {
      throw payloadError(
          ServiceGeneration.CURRENT.gateVerdictProperty()
              + " must be an object (or, from Tripwire, "
              + ServiceGeneration.TRIPWIRE.gateVerdictProperty()
              + ")");
    }
    return found;
  }

  private static GateDeliveryException payloadError(String message) {
    return new GateDeliveryException(Reason.INVALID_WEBHOOK_PAYLOAD, message);
  }
}
