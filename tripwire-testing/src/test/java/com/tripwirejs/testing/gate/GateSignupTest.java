package com.tripwirejs.testing.gate;

import static com.tripwirejs.testing.gate.GateTestKit.agentClient;
import static com.tripwirejs.testing.gate.GateTestKit.client;
import static com.tripwirejs.testing.gate.GateTestKit.createSession;
import static com.tripwirejs.testing.gate.GateTestKit.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.delivery.GateDeliveryException;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.delivery.GateDeliveryPayload;
import com.tripwirejs.gate.delivery.GateEnvPolicy;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.gate.model.GateSessionDeliveryAcknowledgement;
import com.tripwirejs.gate.model.GateSessionPollData;
import com.tripwirejs.gate.model.GateSessionStatus;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.http.error.GoneException;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.PermissionDeniedException;
import com.tripwirejs.http.error.UnprocessableEntityException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.testing.ApprovedGateSession;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.testing.gate.GateTestKit.RawAnswer;
import com.tripwirejs.testing.gate.GateTestKit.SteppingClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Gate signup against the fake: create, poll, approval from the test, delivery, ack, expiry. */
class GateSignupTest {
  private static final Instant START = Instant.parse("2026-04-04T20:00:00Z");

  private SteppingClock clock;
  private FakeTripwire fake;
  private TripwireClient agent;

  @BeforeEach
  void start() {
    clock = new SteppingClock(START);
    fake = FakeTripwire.builder().gate().clock(clock).sessions(3).start();
    agent = agentClient(fake);
  }

  @AfterEach
  void stop() {
    agent.close();
    fake.close();
  }

  @Test
  void theWholeSignupRoundTrip() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateSessionCreate created = TripwireGate.of(agent).sessions().create(CreateGateSessionRequest.builder()
        .serviceId("foil")
        .accountName("my-project")
        .putMetadata("source", TextNode.valueOf("cli"))
        .delivery(keys.delivery())
        .build());
    assertThat(created.id()).startsWith("gate_");
    assertThat(created.status()).isEqualTo(GateSessionStatus.PENDING);
    assertThat(created.pollToken().reveal()).startsWith("gtpoll_");
    assertThat(created.consentUrl()).endsWith("?session=" + created.id());
    assertThat(created.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));

    GateSessionPollData pending = TripwireGate.of(agent).sessions().poll(created.id(), created.pollToken());
    assertThat(pending.status()).isEqualTo(GateSessionStatus.PENDING);
    assertThat(pending.deliveryBundle()).isNull();
    assertThat(pending.gateAccountId()).isNull();

    ApprovedGateSession approved = fake.gate().approveSession(created.id());
    String envKey = GateEnvPolicy.agentTokenEnvKey("foil");
    assertThat(approved.gateSessionId()).isEqualTo(created.id());
    assertThat(approved.agentTokenEnvKey()).isEqualTo(envKey).isEqualTo("FOIL_GATE_AGENT_TOKEN");
    assertThat(approved.agentToken().reveal()).startsWith("agt_");
    assertThat(approved.toString()).doesNotContain(approved.agentToken().reveal()).contains(envKey);

    GateSessionPollData done = TripwireGate.of(agent).sessions().poll(created.id(), created.pollToken());
    assertThat(done.status()).isEqualTo(GateSessionStatus.APPROVED);
    assertThat(done.gateAccountId()).isEqualTo(approved.gateAccountId()).startsWith("gacct_");
    assertThat(done.accountName()).isEqualTo("my-project");
    assertThat(done.deliveryBundle()).isNotNull();

    GateDeliveryPayload payload = keys.decrypt(done.deliveryBundle().integrator());
    assertThat(payload.outputs()).containsOnlyKeys("FOIL_PUBLISHABLE_KEY", "FOIL_SECRET_KEY", envKey);
    assertThat(payload.output(envKey)).contains(approved.agentToken());
    assertThat(payload.outputs()).isEqualTo(approved.outputs());
    assertThat(payload.output("FOIL_PUBLISHABLE_KEY").orElseThrow().reveal()).startsWith("pk_live_");
    assertThat(payload.output("FOIL_SECRET_KEY").orElseThrow().reveal()).startsWith("sk_live_");
    Secret ackToken = payload.ackToken();
    assertThat(ackToken).isNotNull();
    assertThat(ackToken.reveal()).startsWith("ack_");
    assertThatThrownBy(() -> keys.decrypt(done.deliveryBundle().gate()))
        .as("the gate copy is for the fake's key pair, not the agent's")
        .isInstanceOf(GateDeliveryException.class);

    GateSessionDeliveryAcknowledgement ack = TripwireGate.of(agent).sessions().acknowledge(
        created.id(), created.pollToken(), AcknowledgeGateSessionDeliveryRequest.builder().ackToken(ackToken).build());
    assertThat(ack.gateSessionId()).isEqualTo(created.id());
    assertThat(ack.status()).isEqualTo("acknowledged");

    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().poll(created.id(), created.pollToken()))
        .isInstanceOfSatisfying(GoneException.class, e -> assertThat(e.code()).isEqualTo("gate.delivery_consumed"));
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().acknowledge(
            created.id(), created.pollToken(), AcknowledgeGateSessionDeliveryRequest.builder().ackToken(ackToken).build()))
        .isInstanceOf(GoneException.class);
  }

  @Test
  void aWrongAckTokenIsRefusedAndTheRightOneStillWorks() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateSessionCreate created = createSession(agent, "foil", keys);
    AcknowledgeGateSessionDeliveryRequest wrong =
        AcknowledgeGateSessionDeliveryRequest.builder().ackToken(Secret.of("ack_not_the_one")).build();
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().acknowledge(created.id(), created.pollToken(), wrong))
        .as("nothing to acknowledge before approval")
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.code()).isEqualTo("gate.invalid_ack_token"));

    fake.gate().approveSession(created.id());
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().acknowledge(created.id(), created.pollToken(), wrong))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.code()).isEqualTo("gate.invalid_ack_token");
          assertThat(e.getMessage()).doesNotContain("ack_not_the_one");
        });

    GateSessionPollData approved = TripwireGate.of(agent).sessions().poll(created.id(), created.pollToken());
    Secret ackToken = keys.decrypt(approved.deliveryBundle().integrator()).ackToken();
    TripwireGate.of(agent).sessions().acknowledge(
        created.id(), created.pollToken(), AcknowledgeGateSessionDeliveryRequest.builder().ackToken(ackToken).build());
  }

  @Test
  void aSessionNotAcknowledgedInTimeExpires() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateSessionCreate waiting = createSession(agent, "foil", keys);
    GateSessionCreate approvedLate = createSession(agent, "foil", keys);
    fake.gate().approveSession(approvedLate.id());

    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(TripwireGate.of(agent).sessions().poll(waiting.id(), waiting.pollToken()).status()).isEqualTo(GateSessionStatus.PENDING);
    clock.advance(Duration.ofSeconds(1));

    GateSessionPollData expired = TripwireGate.of(agent).sessions().poll(waiting.id(), waiting.pollToken());
    assertThat(expired.status()).isEqualTo(GateSessionStatus.EXPIRED);
    assertThat(expired.deliveryBundle()).isNull();
    assertThatThrownBy(() -> fake.gate().approveSession(waiting.id())).isInstanceOf(IllegalStateException.class);

    GateSessionPollData uncollected = TripwireGate.of(agent).sessions().poll(approvedLate.id(), approvedLate.pollToken());
    assertThat(uncollected.status()).isEqualTo(GateSessionStatus.EXPIRED);
    assertThat(uncollected.deliveryBundle()).as("an expired delivery is not handed out").isNull();
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().acknowledge(approvedLate.id(), approvedLate.pollToken(),
            AcknowledgeGateSessionDeliveryRequest.builder().ackToken(Secret.of("ack_any")).build()))
        .isInstanceOfSatisfying(GoneException.class, e -> assertThat(e.code()).isEqualTo("gate.session_expired"));
  }

  @Test
  void aDeniedSessionPollsAsRejectedWithoutADelivery() {
    GateSessionCreate created = createSession(agent, "foil", GateDeliveryKeyPair.generate());

    fake.gate().denySession(created.id());

    GateSessionPollData rejected = TripwireGate.of(agent).sessions().poll(created.id(), created.pollToken());
    assertThat(rejected.status()).isEqualTo(GateSessionStatus.REJECTED);
    assertThat(rejected.deliveryBundle()).isNull();
    assertThatThrownBy(() -> fake.gate().approveSession(created.id())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> fake.gate().approveSession("gate_unknown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pollAndAckNeedThePollTokenOfTheirOwnSession() throws IOException, InterruptedException {
    GateSessionCreate mine = createSession(agent, "foil", GateDeliveryKeyPair.generate());
    GateSessionCreate other = createSession(agent, "foil", GateDeliveryKeyPair.generate());

    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().poll(mine.id(), other.pollToken()))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.code()).isEqualTo("auth.invalid_token");
          assertThat(e.requestId()).startsWith("req_");
          assertThat(e.getMessage()).doesNotContain(other.pollToken().reveal());
        });
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().acknowledge(mine.id(), Secret.of(fake.secretKey()),
            AcknowledgeGateSessionDeliveryRequest.builder().ackToken(Secret.of("ack_x")).build()))
        .as("a secret key is not a poll token")
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().poll("gate_unknown", mine.pollToken()))
        .isInstanceOf(NotFoundException.class);

    RawAnswer missing = send(fake, "GET", "/v1/gate/sessions/" + mine.id(), null, null);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.errorCode()).isEqualTo("auth.missing_api_key");
    assertThat(missing.requestId()).startsWith("req_").isEqualTo(missing.body().path("error").path("request_id").asText());
    RawAnswer missingOnAck = send(fake, "POST", "/v1/gate/sessions/" + mine.id() + "/ack", null, "{\"ack_token\":\"ack_x\"}");
    assertThat(missingOnAck.status()).isEqualTo(401);
  }

  @Test
  void aSessionNeedsAnActiveServiceAndAValidDeliveryRequest() {
    GateDeliveryRequest delivery = GateDeliveryKeyPair.generate().delivery();
    GateDeliveryRequest otherKeysId = GateDeliveryRequest.builder()
        .from(delivery)
        .keyId(GateDeliveryKeyPair.generate().keyId())
        .build();

    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().create(CreateGateSessionRequest.builder()
            .serviceId("foil").accountName("my-project").delivery(otherKeysId).build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.code()).isEqualTo("request.validation_failed");
          assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("delivery.key_id"));
        });
    assertThatThrownBy(() -> TripwireGate.of(agent).sessions().create(CreateGateSessionRequest.builder()
            .serviceId("no_such_service").accountName("my-project").delivery(delivery).build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("request.not_found"));
  }

  @Test
  void oneSeedGivesTheSameGateIdsAndTokens() {
    try (FakeTripwire twin = FakeTripwire.builder().gate().clock(clock).sessions(3).start();
        TripwireClient twinAgent = agentClient(twin)) {
      GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
      GateSessionCreate first = createSession(agent, "foil", keys);
      GateSessionCreate second = createSession(twinAgent, "foil", keys);

      assertThat(second.id()).isEqualTo(first.id());
      assertThat(second.pollToken()).isEqualTo(first.pollToken());
      assertThat(twin.gate().approveSession(second.id()).agentToken())
          .isEqualTo(fake.gate().approveSession(first.id()).agentToken());
    }
  }

  @Test
  void theClientNeedsNoSecretKeyForTheRegistryAndSignups() {
    try (TripwireClient withKey = client(fake, fake.secretKey())) {
      assertThat(TripwireGate.of(agent).registry().list()).extracting(e -> e.id()).containsExactly("foil");
      assertThat(TripwireGate.of(withKey).registry().get("foil").branding().verified()).isTrue();
    }
  }
}
