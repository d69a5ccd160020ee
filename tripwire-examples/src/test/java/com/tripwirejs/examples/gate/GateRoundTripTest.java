package com.tripwirejs.examples.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.testing.FakeTripwire;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Gate example against the fake started with Gate. */
class GateRoundTripTest {

  @Test
  void theAgentsSessionIsApprovedDecryptedAcknowledgedAndThenGone() {
    try (FakeTripwire fake = FakeTripwire.builder().gate().start();
        TripwireClient agent = TripwireClient.builder().baseUrl(fake.baseUrl().toString()).build()) {
      GateRoundTrip.RoundTrip trip = GateRoundTrip.run(agent, "foil", id -> fake.gate().approveSession(id));

      assertThat(trip.gateSessionId()).startsWith("gate_");
      assertThat(trip.statusBeforeConsent()).isEqualTo("pending");
      assertThat(trip.statusAfterConsent()).isEqualTo("approved");
      assertThat(trip.gateAccountId()).startsWith("gacct_");
      assertThat(trip.agentTokenEnvKey()).isEqualTo("FOIL_GATE_AGENT_TOKEN");
      assertThat(trip.outputNames()).contains("FOIL_SECRET_KEY", "FOIL_GATE_AGENT_TOKEN");
      assertThat(trip.agentTokenDelivered()).isTrue();
      assertThat(trip.acknowledged()).isEqualTo("acknowledged");
      assertThat(trip.pollAfterAck()).isEqualTo("gate.delivery_consumed");
    }
  }

  @Test
  void mainPrintsTheRoundTrip() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      GateRoundTrip.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("pending, then approved")
        .contains("agent token under FOIL_GATE_AGENT_TOKEN: true")
        .contains("acknowledged: acknowledged");
  }
}
