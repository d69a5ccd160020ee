package com.tripwirejs.gate.contract;

import com.tripwirejs.gate.model.GateSessionApprovedEvent;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.TripwireSpec;
import java.util.List;
import java.util.Map;

/** Which Java type stands for each schema of a contract, Gate's model included. */
final class GateSchemas {

  private GateSchemas() {}

  /** The model's types and Gate's for the schemas of {@code spec}. */
  static SchemaTypes of(TripwireSpec spec) {
    return new SchemaTypes(
        spec,
        List.of("com.tripwirejs.gate.model", "com.tripwirejs.gate.model.delivery"),
        Map.of(
            "GateSessionApprovedWebhookEvent", GateSessionApprovedEvent.class,
            "GatePollToken", Secret.class,
            "AgentToken", Secret.class,
            "GateLoginCode", Secret.class));
  }
}
