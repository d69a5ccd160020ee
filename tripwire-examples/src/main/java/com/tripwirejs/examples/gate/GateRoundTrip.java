package com.tripwirejs.examples.gate;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.delivery.GateDeliveryPayload;
import com.tripwirejs.gate.delivery.GateEnvPolicy;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.gate.model.GateSessionDeliveryAcknowledgement;
import com.tripwirejs.gate.model.GateSessionPollData;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.testing.FakeTripwire;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The Gate module ({@code tripwire-gate}), for services on a generation of the API that still has
 * Gate (Foil retired it from its server API in 2026): a Gate delivery round trip, from the agent's
 * side, against the local fake API started with Gate. Run it with {@link #main(String[])}.
 *
 * <p> An agent (a CLI setting up a project)
 * asks a Gate service for credentials: it creates a Gate session carrying the public half of a
 * fresh key pair, the person approves in the browser, and the agent polls until the credentials
 * arrive, encrypted to its key. It decrypts them and acknowledges receipt, after which the
 * delivery is gone from the API.
 *
 * <pre>{@code
 * GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
 * GateSessionCreate session = TripwireGate.of(agent).sessions().create(CreateGateSessionRequest.builder()
 *     .serviceId("foil").accountName("my-project").delivery(keys.delivery()).build());
 * // show session.consentUrl() to the person, then poll with session.pollToken()
 * GateDeliveryPayload payload = keys.decrypt(polled.deliveryBundle().integrator());
 * }</pre>
 */
public final class GateRoundTrip {

  /**
   * What the round trip saw.
   *
   * @param gateSessionId the Gate session
   * @param statusBeforeConsent the poll's status before the person approved (the wire value)
   * @param statusAfterConsent the poll's status after (the wire value)
   * @param gateAccountId the account the approval created
   * @param outputNames the names of the delivered outputs, such as {@code FOIL_SECRET_KEY}
   * @param agentTokenEnvKey the output that holds the agent token, as the Gate env policy names it
   * @param agentTokenDelivered whether that output holds an {@code agt_} token
   * @param acknowledged the acknowledgement's status (the wire value)
   * @param pollAfterAck the API's error code for a poll after the acknowledgement, or null if the
   *     poll still answered
   */
  public record RoundTrip(
      String gateSessionId,
      String statusBeforeConsent,
      String statusAfterConsent,
      String gateAccountId,
      List<String> outputNames,
      String agentTokenEnvKey,
      boolean agentTokenDelivered,
      String acknowledged,
      @Nullable String pollAfterAck) {}

  private GateRoundTrip() {}

  /**
   * Runs the round trip against a local fake API with Gate, standing in for the person who
   * approves, and prints what it saw.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (FakeTripwire fake = FakeTripwire.builder().gate().start();
        // The agent needs no secret key.
        TripwireClient agent = TripwireClient.builder().baseUrl(fake.baseUrl().toString()).build()) {
      RoundTrip trip = run(agent, "foil", id -> fake.gate().approveSession(id));
      PrintStream out = System.out;
      out.println("Gate session " + trip.gateSessionId() + ": " + trip.statusBeforeConsent() + ", then "
          + trip.statusAfterConsent() + " for account " + trip.gateAccountId());
      out.println("decrypted outputs: " + String.join(", ", trip.outputNames()));
      out.println("agent token under " + trip.agentTokenEnvKey() + ": " + trip.agentTokenDelivered());
      out.println("acknowledged: " + trip.acknowledged() + "; a poll afterwards: " + trip.pollAfterAck());
    }
  }

  /**
   * Runs the round trip for {@code serviceId}.
   *
   * @param agent a client for the agent; creating and polling a Gate session needs no secret key
   * @param serviceId the Gate service, such as {@code foil}
   * @param consent what the person does at the consent URL: approves the session with this id
   * @return what the round trip saw
   */
  public static RoundTrip run(TripwireClient agent, String serviceId, Consumer<String> consent) {
    TripwireGate gate = TripwireGate.of(agent);
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateSessionCreate session =
        gate
            .sessions()
            .create(
                CreateGateSessionRequest.builder()
                    .serviceId(serviceId)
                    .accountName("quickstart-project")
                    .delivery(keys.delivery())
                    .build());
    Secret pollToken = session.pollToken();
    GateSessionPollData before = gate.sessions().poll(session.id(), pollToken);

    consent.accept(session.id());

    GateSessionPollData after = gate.sessions().poll(session.id(), pollToken);
    if (after.deliveryBundle() == null) {
      throw new IllegalStateException(
          "The approved Gate session " + session.id() + " carries no delivery bundle");
    }
    GateDeliveryPayload payload = keys.decrypt(after.deliveryBundle().integrator());
    String envKey = GateEnvPolicy.agentTokenEnvKey(serviceId);
    boolean tokenDelivered =
        payload.output(envKey).map(token -> token.reveal().startsWith("agt_")).orElse(false);
    Secret ackToken =
        Objects.requireNonNull(payload.ackToken(), "the delivery carries no ack token");
    GateSessionDeliveryAcknowledgement ack =
        gate
            .sessions()
            .acknowledge(
                session.id(),
                pollToken,
                AcknowledgeGateSessionDeliveryRequest.builder().ackToken(ackToken).build());

    String pollAfterAck = null;
    try {
      gate.sessions().poll(session.id(), pollToken);
    } catch (TripwireApiException e) {
      pollAfterAck = e.code();
    }
    return new RoundTrip(
        session.id(),
        before.status().value(),
        after.status().value(),
        Objects.requireNonNullElse(after.gateAccountId(), ""),
        List.copyOf(payload.outputs().keySet()),
        envKey,
        tokenDelivered,
        ack.status(),
        pollAfterAck);
  }
}
