package com.tripwirejs.gate.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.model.GateApprovedWebhookPayload;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both generations of Gate, checked against the independent implementation: an envelope of either
 * generation's HKDF info decrypts (Foil's on the first try, Tripwire's through the fallback), one of
 * any other info fails with the one documented exception, what the SDK encrypts uses Foil's info;
 * the approved-webhook verdict is {@code foil} or {@code tripwire}, exactly one of them; both
 * first-party agent-token variables are managed.
 */
class GateGenerationsTest {

  private static final byte[] PLAINTEXT =
      "{\"version\":1,\"outputs\":{\"ACME_API_KEY\":\"ak_1\"},\"ack_token\":\"ack_1\"}"
          .getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @EnumSource(ServiceGeneration.class)
  void anEnvelopeOfEitherGenerationDecrypts(ServiceGeneration generation) {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateDeliveryEnvelope envelope = IndependentGate.encrypt(keys.delivery(), PLAINTEXT, generation);

    GateDeliveryPayload payload = keys.decrypt(envelope);

    assertThat(payload.output("ACME_API_KEY").orElseThrow().reveal()).isEqualTo("ak_1");
    assertThat(payload.ackToken().reveal()).isEqualTo("ack_1");
    assertThat(keys.decrypt(TripwireJson.write(envelope))).isEqualTo(payload);
  }

  @Test
  void anEnvelopeOfNeitherGenerationsInfoFailsWithTheOneDocumentedException() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    for (String info : new String[] {"other-gate-delivery:v1", "foil-gate-delivery:v2", ""}) {
      GateDeliveryEnvelope envelope =
          IndependentGate.encrypt(keys.delivery(), PLAINTEXT, info.getBytes(StandardCharsets.UTF_8));

      GateDeliveryException e = catchThrowableOfType(GateDeliveryException.class, () -> keys.decrypt(envelope));

      assertThat(e).as("info %s", info).isNotNull();
      assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED);
      assertThat(e.getMessage()).contains("foil-gate-delivery:v1", "tripwire-gate-delivery:v1");
    }
  }

  @Test
  void whatTheSdkEncryptsUsesFoilsInfoOnly() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateDeliveryEnvelope envelope = GateDelivery.encrypt(keys.delivery(), Map.of("K", "v"));
    byte[] raw = IndependentGate.rawPrivateKey(keys);

    assertThat(new String(IndependentGate.decrypt(raw, envelope, ServiceGeneration.FOIL), StandardCharsets.UTF_8))
        .isEqualTo("{\"version\":1,\"outputs\":{\"K\":\"v\"}}");
    assertThat(catchThrowableOfType(
            IllegalArgumentException.class,
            () -> IndependentGate.decrypt(raw, envelope, ServiceGeneration.TRIPWIRE)))
        .as("Tripwire's info does not open what the SDK encrypts")
        .isNotNull();
  }

  @ParameterizedTest
  @EnumSource(ServiceGeneration.class)
  void theApprovedPayloadsVerdictIsReadUnderEitherGenerationsName(ServiceGeneration generation) {
    ObjectNode json = payload();
    json.putObject(generation.gateVerdictProperty()).put("verdict", "bot").put("score", 0.9);

    GateApprovedWebhookPayload payload = GateApprovedWebhook.validatePayload(json);

    assertThat(payload.generation()).isEqualTo(generation);
    assertThat(payload.verdict().verdict().value()).isEqualTo("bot");
    assertThat(payload.verdict().score()).isEqualTo(0.9);
    assertThat(JsonTrees.difference(json, TripwireJson.toTree(payload))).isEmpty();
  }

  @Test
  void aPayloadWithBothVerdictsOrNeitherFails() {
    ObjectNode both = payload();
    both.putObject("foil").put("verdict", "human").putNull("score");
    both.putObject("tripwire").put("verdict", "bot").putNull("score");
    ObjectNode neither = payload();

    GateDeliveryException twice =
        catchThrowableOfType(GateDeliveryException.class, () -> GateApprovedWebhook.validatePayload(both));
    GateDeliveryException none =
        catchThrowableOfType(GateDeliveryException.class, () -> GateApprovedWebhook.validatePayload(neither));

    assertThat(twice.reason()).isEqualTo(Reason.INVALID_WEBHOOK_PAYLOAD);
    assertThat(twice.getMessage()).contains("not both foil and tripwire");
    assertThat(none.reason()).isEqualTo(Reason.INVALID_WEBHOOK_PAYLOAD);
    assertThat(none.getMessage()).isEqualTo("foil must be an object (or, from Tripwire, tripwire)");
  }

  @Test
  void aBadVerdictIsNamedUnderTheNameItCameWith() {
    ObjectNode json = payload();
    json.putObject("tripwire").put("verdict", "maybe");

    assertThat(catchThrowableOfType(GateDeliveryException.class, () -> GateApprovedWebhook.validatePayload(json)))
        .hasMessage("tripwire.verdict must be one of bot, human, inconclusive");
  }

  @Test
  void bothFirstPartyAgentTokenVariablesAreManaged() {
    assertThat(GateEnvPolicy.isManagedEnvVarKey("FOIL_AGENT_TOKEN")).isTrue();
    assertThat(GateEnvPolicy.isManagedEnvVarKey("TRIPWIRE_AGENT_TOKEN")).isTrue();
    assertThat(GateEnvPolicy.isManagedEnvVarKey("OTHER_AGENT_TOKEN")).isFalse();
    assertThat(GateEnvPolicy.FIRST_PARTY_AGENT_TOKENS).containsExactly("FOIL_AGENT_TOKEN", "TRIPWIRE_AGENT_TOKEN");
  }

  private static ObjectNode payload() {
    ObjectNode json =
        (ObjectNode)
            TripwireJson.readTree(
                    ("{\"service_id\":\"acme\",\"gate_session_id\":\"gate_1\",\"gate_account_id\":\"gacct_1\","
                            + "\"account_name\":\"Acme\",\"metadata\":null}")
                        .getBytes(StandardCharsets.UTF_8))
                .deepCopy();
    json.set("delivery", TripwireJson.toTree(GateDeliveryKeyPair.generate().delivery()));
    return json;
  }
}
