package com.tripwirejs.testing;

import com.tripwirejs.model.Secret;
import com.tripwirejs.testing.internal.FakeState;
import com.tripwirejs.testing.internal.GateApproval;
import com.tripwirejs.testing.internal.GateApprovedEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gate's part of a {@link FakeTripwire} started with {@link FakeTripwire.Builder#gate()}: what a
 * person does at a Gate session's consent URL (approve or deny) and in the dashboard (read a login
 * code). Thread-safe.
 */
public final class FakeGate {
  private final FakeState state;

  FakeGate(FakeState state) {
    this.state = state;
  }

  /**
   * Approves a pending Gate session, as the person at its consent URL would: creates the gate
   * account and its agent token, and makes the next poll answer {@code approved} with the
   * encrypted delivery bundle.
   *
   * <p>Then, before returning, the fake sends {@code gate.session.approved} (the July 2026
   * contract's {@code GateApprovedWebhookPayload}: the service, session and account ids, the
   * account name, the metadata, the verdict under {@code foil}, and the session's delivery
   * request), signed with {@code X-Foil-*} headers, to the webhook endpoint the service names
   * ({@code webhook_endpoint_id}) when that endpoint is {@code active}, and records the event and
   * its delivery in the service's organization's event log; {@link
   * FakeTripwire#retryFailedDeliveries()} retries a failed one. The fake does not use what the
   * service answers: the delivery bundle holds the fake's own outputs, as returned here.
   *
   * @param gateSessionId the id that creating the Gate session returned
   * @return the gate account, the agent token and the delivered outputs
   * @throws IllegalArgumentException if the fake holds no Gate session with that id
   * @throws IllegalStateException if the session is not pending (already approved or denied, or
   *     expired)
   */
  public ApprovedGateSession approveSession(String gateSessionId) {
    GateApproval approval = state.approveGateSession(gateSessionId);
    GateApprovedEvent.deliver(state, approval);
    Map<String, Secret> outputs = new LinkedHashMap<>();
    approval.outputs().forEach((name, value) -> outputs.put(name, Secret.of(value)));
    return new ApprovedGateSession(
        approval.gateSessionId(),
        approval.gateAccountId(),
        approval.agentTokenEnvKey(),
        Secret.of(approval.agentToken()),
        outputs);
  }

  /**
   * Denies a pending Gate session, as a person declining consent would: the next poll answers
   * {@code rejected}, without a delivery.
   *
   * @param gateSessionId the id that creating the Gate session returned
   * @throws IllegalArgumentException if the fake holds no Gate session with that id
   * @throws IllegalStateException if the session is not pending
   */
  public void denySession(String gateSessionId) {
    state.denyGateSession(gateSessionId);
  }

  /**
   * The one-time code of a Gate dashboard login session, which the person would read in the
   * dashboard and the service consumes with {@code loginSessions().consume(...)}.
   *
   * @param loginSessionId the id that creating the login session returned
   * @return the six-digit code
   * @throws IllegalArgumentException if the fake holds no login session with that id
   */
  public String loginCode(String loginSessionId) {
    return state.gateLoginCode(loginSessionId);
  }

  @Override
  public String toString() {
    return "FakeGate";
  }
}
