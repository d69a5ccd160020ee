package com.tripwirejs.gate;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.gate.model.GateSessionDeliveryAcknowledgement;
import com.tripwirejs.gate.model.GateSessionPollData;
import com.tripwirejs.model.Secret;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link GateSessions}. */
public final class AsyncGateSessions {

  private final ApiCaller caller;

  AsyncGateSessions(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Starts a Gate session for a service; needs no credentials (POST /v1/gate/sessions).
   *
   * @param request the service, account name, metadata and the delivery key of the agent
   * @return the session with its consent URL and poll token
   */
  public CompletableFuture<GateSessionCreate> create(CreateGateSessionRequest request) {
    return caller.objectAsync(GateCalls.createSession(request), GateSessionCreate.class);
  }

  /**
   * Reads a Gate session's status, and its encrypted delivery once approved (GET /v1/gate/sessions/{gateSessionId}, authenticated with the poll token).
   *
   * @param gateSessionId the Gate session id, {@code gate_...}
   * @param pollToken the poll token from creating the session
   * @return the session's state
   */
  public CompletableFuture<GateSessionPollData> poll(String gateSessionId, Secret pollToken) {
    return caller.objectAsync(GateCalls.pollSession(gateSessionId, pollToken), GateSessionPollData.class);
  }

  /**
   * Confirms that the agent received the delivery (POST /v1/gate/sessions/{gateSessionId}/ack, authenticated with the poll token).
   *
   * @param gateSessionId the Gate session id, {@code gate_...}
   * @param pollToken the poll token from creating the session
   * @param request the acknowledgement token found in the decrypted delivery
   * @return the acknowledgement
   */
  public CompletableFuture<GateSessionDeliveryAcknowledgement> acknowledge(String gateSessionId, Secret pollToken, AcknowledgeGateSessionDeliveryRequest request) {
    return caller.objectAsync(GateCalls.acknowledgeSession(gateSessionId, pollToken, request), GateSessionDeliveryAcknowledgement.class);
  }
}
