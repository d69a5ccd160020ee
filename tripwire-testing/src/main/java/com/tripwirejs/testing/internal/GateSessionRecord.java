package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import com.tripwirejs.model.json.TripwireJson;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored Gate signup session with its poll token and, once a test approved it, the gate account
 * it created, the ack token and the two encrypted deliveries. {@code status} is {@code pending},
 * {@code approved}, {@code rejected} or {@code acknowledged}; {@link #statusAt(Instant)} adds
 * {@code expired}.
 */
record GateSessionRecord(
    String id,
    String serviceId,
    String accountName,
    @Nullable Map<String, JsonNode> metadata,
    GateDeliveryRequest delivery,
    String pollToken,
    Instant createdAt,
    Instant expiresAt,
    String status,
    @Nullable String gateAccountId,
    @Nullable String ackToken,
    @Nullable GateDeliveryEnvelope integratorEnvelope,
    @Nullable GateDeliveryEnvelope gateEnvelope) {

  static final String DOCS_URL = "https://tripwirejs.com/docs/gate";

  /**
   * The status at {@code now}: a session not yet acknowledged (pending, or approved with its
   * delivery not collected) is {@code expired} from {@code expires_at} on.
   */
  String statusAt(Instant now) {
    boolean open = status.equals("pending") || status.equals("approved");
    return open && !now.isBefore(expiresAt) ? "expired" : status;
  }

  GateSessionRecord approved(
      String newGateAccountId, String newAckToken, GateDeliveryEnvelope integrator, GateDeliveryEnvelope gate) {
    return new GateSessionRecord(
        id, serviceId, accountName, metadata, delivery, pollToken, createdAt, expiresAt, "approved",
        newGateAccountId, newAckToken, integrator, gate);
  }

  GateSessionRecord withStatus(String newStatus) {
    return new GateSessionRecord(
        id, serviceId, accountName, metadata, delivery, pollToken, createdAt, expiresAt, newStatus,
        gateAccountId, ackToken, integratorEnvelope, gateEnvelope);
  }

  /** The session as its creation answers it, the only time the poll token is shown. */
  ObjectNode createdJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "gate_session");
    json.put("id", id);
    json.put("status", "pending");
    json.put("poll_token", pollToken);
    json.put("consent_url", consentUrl(id));
    json.put("expires_at", ApiTimestamps.format(expiresAt));
    return json;
  }

  /** The session as a poll at {@code now} answers it; an approved one carries its delivery bundle. */
  ObjectNode pollJson(Instant now) {
    String current = statusAt(now);
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "gate_session");
    json.put("id", id);
    json.put("status", current);
    json.put("expires_at", ApiTimestamps.format(expiresAt));
    json.put("account_name", accountName);
    if (current.equals("approved") && integratorEnvelope != null && gateEnvelope != null) {
      json.put("gate_account_id", gateAccountId);
      ObjectNode bundle = json.putObject("delivery_bundle");
      bundle.set("integrator", TripwireJson.toTree(integratorEnvelope));
      bundle.set("gate", TripwireJson.toTree(gateEnvelope));
      json.put("docs_url", DOCS_URL);
    }
    return json;
  }

  static String consentUrl(String sessionId) {
    return "https://tripwirejs.com/gate?session=" + sessionId;
  }

  /** Shows the ids and status; never the poll or ack token. */
  @Override
  public String toString() {
    return "GateSessionRecord[id=" + id + ", serviceId=" + serviceId + ", status=" + status
        + ", gateAccountId=" + gateAccountId + ", pollToken=[REDACTED], ackToken=[REDACTED]]";
  }
}
