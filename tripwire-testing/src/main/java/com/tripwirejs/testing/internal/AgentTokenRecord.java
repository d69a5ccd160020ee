package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;

/** A stored Gate agent token of a gate account, {@code active} or {@code revoked}. */
record AgentTokenRecord(
    String token, String gateAccountId, String serviceId, String status, Instant createdAt, Instant expiresAt) {

  /** Whether the token authenticates at {@code now}: active and not past its expiry. */
  boolean liveAt(Instant now) {
    return status.equals("active") && now.isBefore(expiresAt);
  }

  AgentTokenRecord revoked() {
    return new AgentTokenRecord(token, gateAccountId, serviceId, "revoked", createdAt, expiresAt);
  }

  /** The token's verification at {@code now}, as the API answers it; never the token itself. */
  ObjectNode verificationJson(Instant now) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("valid", liveAt(now));
    json.put("gate_account_id", gateAccountId);
    json.put("status", status);
    json.put("created_at", ApiTimestamps.format(createdAt));
    json.put("expires_at", ApiTimestamps.format(expiresAt));
    return json;
  }

  /** Shows the account and status; never the token. */
  @Override
  public String toString() {
    return "AgentTokenRecord[gateAccountId=" + gateAccountId + ", serviceId=" + serviceId + ", status="
        + status + ", token=[REDACTED]]";
  }
}
