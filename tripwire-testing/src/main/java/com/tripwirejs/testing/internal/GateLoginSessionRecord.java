package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;

/**
 * A stored Gate dashboard login session of a gate account, with the one-time code the user types
 * into the service's dashboard; {@code consumed} once the service redeemed it.
 */
record GateLoginSessionRecord(
    String id, String gateAccountId, String serviceId, String code, Instant createdAt, Instant expiresAt, boolean consumed) {

  GateLoginSessionRecord consume() {
    return new GateLoginSessionRecord(id, gateAccountId, serviceId, code, createdAt, expiresAt, true);
  }

  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "gate_login_session");
    json.put("id", id);
    json.put("status", "pending");
    json.put("consent_url", GateSessionRecord.consentUrl(id));
    json.put("expires_at", ApiTimestamps.format(expiresAt));
    return json;
  }

  /** Shows the ids and state; never the code. */
  @Override
  public String toString() {
    return "GateLoginSessionRecord[id=" + id + ", gateAccountId=" + gateAccountId + ", consumed=" + consumed
        + ", code=[REDACTED]]";
  }
}
