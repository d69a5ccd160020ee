package com.tripwirejs.testing;

import com.tripwirejs.model.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link FakeGate#approveSession(String)} made when the test approved a Gate session:
 * the gate account, its agent token, and the outputs delivered to the agent, the agent token among
 * them under {@link #agentTokenEnvKey()}.
 *
 * <p>Immutable. The agent token and the output values are {@link Secret}s, so {@link #toString()}
 * shows the ids and the output names only; they compare equal to the values a {@code
 * GateDeliveryPayload} decrypted from the delivery holds.
 */
public final class ApprovedGateSession {
  private final String gateSessionId;
  private final String gateAccountId;
  private final String agentTokenEnvKey;
  private final Secret agentToken;
  private final Map<String, Secret> outputs;

  ApprovedGateSession(
      String gateSessionId,
      String gateAccountId,
      String agentTokenEnvKey,
      Secret agentToken,
      Map<String, Secret> outputs) {
    this.gateSessionId = gateSessionId;
    this.gateAccountId = gateAccountId;
    this.agentTokenEnvKey = agentTokenEnvKey;
    this.agentToken = agentToken;
    this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  /** {@return the id of the approved Gate session, {@code gate_...}} */
  public String gateSessionId() {
    return gateSessionId;
  }

  /** {@return the id of the gate account the approval created, {@code gacct_...}} */
  public String gateAccountId() {
    return gateAccountId;
  }

  /**
   * {@return the output that holds the agent token: the service id as {@code
   * GateEnvPolicy.agentTokenEnvKey} turns it into a variable, such as {@code
   * ACME_PROD_GATE_AGENT_TOKEN}}
   */
  public String agentTokenEnvKey() {
    return agentTokenEnvKey;
  }

  /** {@return the gate account's agent token, {@code agt_...}} */
  public Secret agentToken() {
    return agentToken;
  }

  /**
   * {@return every output delivered to the agent, by variable name, in delivery order: a made-up
   * value for each variable the service declares and the agent token}
   */
  public Map<String, Secret> outputs() {
    return outputs;
  }

  /** Shows the ids and the output names, never the agent token or an output value. */
  @Override
  public String toString() {
    return "ApprovedGateSession[gateSessionId=" + gateSessionId + ", gateAccountId=" + gateAccountId
        + ", agentToken=[REDACTED], outputs=" + outputs.keySet() + "]";
  }
}
