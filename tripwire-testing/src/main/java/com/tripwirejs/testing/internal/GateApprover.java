package com.tripwirejs.testing.internal;

import com.tripwirejs.gate.delivery.GateDelivery;
import com.tripwirejs.gate.delivery.GateDeliveryPayload;
import com.tripwirejs.gate.delivery.GateEnvPolicy;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.Secret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person's consent does to a Gate session, driven by a test: approval creates the gate
 * account and its agent token and encrypts the delivery; denial rejects the session.
 */
final class GateApprover {
  private final FakeState state;
  private final GateData gate;

  GateApprover(FakeState state, GateData gate) {
    this.state = state;
    this.gate = gate;
  }

  /**
   * Approves a pending session. The outputs are a made-up value for each of the service's
   * variables ({@code sk_live_...} for a secret one, {@code pk_live_...} for the others) and the
   * agent token under the variable {@link GateEnvPolicy#agentTokenEnvKey(String)} gives. The
   * integrator envelope is encrypted to the session's delivery request with an ack token; the
   * gate envelope holds the same outputs for the fake's own key pair.
   */
  GateApproval approve(String gateSessionId) {
    GateSessionRecord session = pending(gateSessionId, "approved");
    GateServiceRecord service = gate.services.get(session.serviceId());
    if (service == null) {
      throw new IllegalStateException("Gate session " + gateSessionId + " names no stored service");
    }
    Instant now = state.now();
    String accountId = state.ids().base32("gacct_");
    String agentToken = state.ids().alphanumeric("agt_", 40);
    String ackToken = state.ids().base32("ack_");
    Map<String, String> outputs = new LinkedHashMap<>();
    for (GateEnvVar envVar : service.envVars()) {
      outputs.put(envVar.key(), state.ids().base32(envVar.secret() ? "sk_live_" : "pk_live_"));
    }
    String envKey = GateEnvPolicy.agentTokenEnvKey(service.id());
    outputs.put(envKey, agentToken);

    GateDeliveryPayload.Builder payload = GateDeliveryPayload.builder();
    outputs.forEach(payload::putOutput);
    GateDeliveryEnvelope integrator = GateDelivery.encrypt(session.delivery(), payload.ackToken(Secret.of(ackToken)).build());
    GateDeliveryEnvelope gateCopy = GateDelivery.encrypt(gate.gateKeys.delivery(), outputs);

    gate.accounts.put(accountId, new GateAccountRecord(accountId, service.id(), session.accountName(), session.id(), now));
    gate.agentTokens.put(
        agentToken,
        new AgentTokenRecord(agentToken, accountId, service.id(), "active", now, now.plus(GateData.AGENT_TOKEN_TTL)));
    gate.sessions.put(session.id(), session.approved(accountId, ackToken, integrator, gateCopy));
    return new GateApproval(session.id(), accountId, service.id(), session.accountName(), envKey, agentToken, outputs);
  }

  /** Rejects a pending session, as a person declining consent. */
  void deny(String gateSessionId) {
    GateSessionRecord session = pending(gateSessionId, "denied");
    gate.sessions.put(session.id(), session.withStatus("rejected"));
  }

  /** The one-time code of a dashboard login session. */
  String loginCode(String loginSessionId) {
    GateLoginSessionRecord login = gate.loginSessions.get(loginSessionId);
    if (login == null) {
      throw new IllegalArgumentException(
          "No Gate login session has id " + loginSessionId + ": pass the id that creating the login session returned");
    }
    return login.code();
  }

  private GateSessionRecord pending(String gateSessionId, String action) {
    GateSessionRecord session = gate.sessions.get(gateSessionId);
    if (session == null) {
      throw new IllegalArgumentException(
          "No Gate session has id " + gateSessionId + ": pass the id that creating the Gate session returned");
    }
    String status = session.statusAt(state.now());
    if (!status.equals("pending")) {
      throw new IllegalStateException(
          "Gate session " + gateSessionId + " is " + status + "; only a pending session can be " + action);
    }
    return session;
  }
}
