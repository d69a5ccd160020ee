package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.gate.model.GateSessionDeliveryAcknowledgement;
import com.tripwirejs.gate.model.GateSessionPollData;
import com.tripwirejs.model.Secret;

/** Gate sessions: an agent asks to sign up for a service, a person approves it, and the agent polls for the encrypted credentials and acknowledges their delivery. */
public final class GateSessions {

  private final ApiCaller caller;

  GateSessions(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Starts a Gate session for a service; needs no credentials (POST /v1/gate/sessions).
   *
   * @param request the service, account name, metadata and the delivery key of the agent
   * @return the session with its consent URL and poll token
   */
  public GateSessionCreate create(CreateGateSessionRequest request) {
    return caller.object(GateCalls.createSession(request), GateSessionCreate.class);
  }

  /**
   * Reads a Gate session's status, and its encrypted delivery once approved (GET /v1/gate/sessions/{gateSessionId}, authenticated with the poll token).
   *
   * @param gateSessionId the Gate session id, {@code gate_...}
   * @param pollToken the poll token from creating the session
   * @return the session's state
   */
  public GateSessionPollData poll(String gateSessionId, Secret pollToken) {
    return caller.object(GateCalls.pollSession(gateSessionId, pollToken), GateSessionPollData.class);
  }

  /**
   * Confirms that the agent received the delivery (POST /v1/gate/sessions/{gateSessionId}/ack, authenticated with the poll token).
   *
   * @param gateSessionId the Gate session id, {@code gate_...}
   * @param pollToken the poll token from creating the session
   * @param request the acknowledgement token found in the decrypted delivery
   * @return the acknowledgement
   */
  public GateSessionDeliveryAcknowledgement acknowledge(String gateSessionId, Secret pollToken, AcknowledgeGateSessionDeliveryRequest request) {
    return caller.object(GateCalls.acknowledgeSession(gateSessionId, pollToken, request), GateSessionDeliveryAcknowledgement.class);
  }
}
