package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code gate.session.approved} event that approving a Gate session sends to the endpoint its
 * service names ({@code webhook_endpoint_id}), shaped as the July 2026 contract's {@code
 * GateApprovedWebhookPayload}, with the verdict under the current generation's property ({@code
 * foil}). Only the Gate part of the fake uses it.
 */
public final class GateApprovedEvent {
  private GateApprovedEvent() {}

  /**
   * Sends the event for an approved Gate session to its service's endpoint and records it in the
   * service's organization's event log. The first-party service belongs to no organization of the
   * fake and sends nothing.
   *
   * @return the event as the event log shows it, or null when the service belongs to no
   *     organization of the fake
   */
  public static @Nullable ObjectNode deliver(FakeState state, GateApproval approval) {
    String organizationId;
    String endpointId;
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    synchronized (state) {
      GateData gate = state.gate();
      GateServiceRecord service = gate.services.get(approval.serviceId());
      GateSessionRecord session = gate.sessions.get(approval.gateSessionId());
      if (service == null || session == null || service.organizationId() == null) {
        return null;
      }
      organizationId = service.organizationId();
      endpointId = service.webhookEndpointId();
      data.put("service_id", service.id());
      data.put("gate_session_id", session.id());
      data.put("gate_account_id", approval.gateAccountId());
      data.put("account_name", session.accountName());
      if (session.metadata() == null) {
        data.putNull("metadata");
      } else {
        ObjectNode metadata = data.putObject("metadata");
        session.metadata().forEach((key, value) -> metadata.set(key, value.deepCopy()));
      }
      data.putObject(ServiceGeneration.CURRENT.gateVerdictProperty()).put("verdict", "human").put("score", 0.04);
      data.set("delivery", TripwireJson.toTree(session.delivery()));
    }
    return state.webhooks().publishTo(
        organizationId, WebhookEventType.GATE_SESSION_APPROVED.value(), "gate_session", approval.gateSessionId(),
        data, endpointId);
  }
}
