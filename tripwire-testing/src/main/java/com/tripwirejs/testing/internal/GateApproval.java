package com.tripwirejs.testing.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What approving a Gate session made: the gate account, its agent token, the environment variable
 * that holds the token, and every output delivered to the agent (the token among them).
 */
public record GateApproval(
    String gateSessionId,
    String gateAccountId,
    String serviceId,
    String accountName,
    String agentTokenEnvKey,
    String agentToken,
    Map<String, String> outputs) {

  /** Copies the outputs, keeping their order. */
  public GateApproval {
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  /** Shows the ids and the output names; never the token or an output value. */
  @Override
  public String toString() {
    return "GateApproval[gateSessionId=" + gateSessionId + ", gateAccountId=" + gateAccountId
        + ", agentToken=[REDACTED], outputs=" + outputs.keySet() + "]";
  }
}
