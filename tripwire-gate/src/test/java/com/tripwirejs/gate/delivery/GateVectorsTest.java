package com.tripwirejs.gate.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.model.GateApprovedWebhookPayload;
import com.tripwirejs.gate.model.GateSessionApprovedEvent;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.gate.testing.GateVectors;
import com.tripwirejs.gate.testing.GateVectors.Vector;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Gate vector of every generation that has Gate (Foil as of July 2026: Foil's HKDF info and
 * {@code foil} verdict; Tripwire: Tripwire's), chosen by shape.
 */
class GateVectorsTest {

  @TestFactory
  Stream<DynamicTest> deliveryRequestKeyIds() {
    return tests(
        GateVectors::isDeliveryRequest,
        (spec, v) -> {
          GateDeliveryRequest request =
              GateDelivery.parseRequest(TripwireJson.writeBytes(v.get("delivery")));
          assertThat(GateDelivery.validateRequest(request)).isSameAs(request);
          assertThat(GateDelivery.keyId(request.publicKey())).isEqualTo(v.get("derived_key_id").asText());
          assertThat(request.keyId()).isEqualTo(v.get("derived_key_id").asText());
        });
  }

  @TestFactory
  Stream<DynamicTest> goldenEnvelopesDecryptWithTheirPrivateKey() {
    return tests(
        GateVectors::isDeliveryVector,
        (spec, v) -> {
          GateDeliveryKeyPair keys = GateDeliveryKeyPair.fromPkcs8(v.get("private_key_pkcs8").asText());
          assertThat(TripwireJson.toTree(keys.delivery())).isEqualTo(v.get("delivery"));
          assertThat(keys.exportPkcs8().reveal()).isEqualTo(v.get("private_key_pkcs8").asText());

          GateDeliveryEnvelope envelope =
              GateDelivery.parseEnvelope(TripwireJson.writeBytes(v.get("envelope")));
          GateDeliveryPayload payload = keys.decrypt(envelope);
          assertThat(JsonTrees.difference(v.get("payload"), TripwireJson.toTree(payload))).isEmpty();
          assertThat(payload.unknownProperties()).isEmpty();
          assertThat(keys.decrypt(v.get("envelope").toString())).isEqualTo(payload);
          // The vector was encrypted with its own generation's HKDF info, and only that one.
          ServiceGeneration generation =
              spec.generation().foilNames() ? ServiceGeneration.FOIL : ServiceGeneration.TRIPWIRE;
          assertThat(IndependentGate.decrypt(IndependentGate.rawPrivateKey(keys), envelope, generation))
              .isNotEmpty();

          Map<String, String> outputs = new LinkedHashMap<>();
          v.get("payload").get("outputs").properties().forEach(e -> outputs.put(e.getKey(), e.getValue().asText()));
          assertThat(payload.outputs().keySet()).containsExactlyElementsOf(outputs.keySet());
          outputs.forEach((name, value) -> assertThat(payload.output(name)).contains(Secret.of(value)));
          if (v.get("payload").has("ack_token")) {
            assertThat(payload.ackToken()).isEqualTo(Secret.of(v.at("/payload/ack_token").asText()));
          }

          // And the other way: a fresh envelope to the vector's delivery request decrypts with its key.
          GateDeliveryRequest delivery = GateDelivery.parseRequest(v.get("delivery").toString());
          assertThat(keys.decrypt(GateDelivery.encrypt(delivery, outputs)).outputs())
              .isEqualTo(GateDeliveryPayload.ofOutputs(outputs).outputs());
        });
  }

  @TestFactory
  Stream<DynamicTest> envPolicyTables() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Vector vector : GateVectors.withShape(GateVectors::isEnvPolicy)) {
      JsonNode v = vector.json();
      for (JsonNode row : v.get("derive_agent_token_env_key")) {
        tests.add(
            DynamicTest.dynamicTest(
                vector + " derive " + row.get("service_id"),
                () ->
                    assertThat(GateEnvPolicy.agentTokenEnvKey(row.get("service_id").asText()))
                        .isEqualTo(row.get("expected").asText())));
      }
      for (JsonNode row : v.get("is_gate_managed_env_var_key")) {
        tests.add(
            DynamicTest.dynamicTest(
                vector + " managed " + row.get("key"),
                () ->
                    assertThat(GateEnvPolicy.isManagedEnvVarKey(row.get("key").asText()))
                        .isEqualTo(row.get("managed").asBoolean())));
      }
      for (JsonNode row : v.get("is_blocked_gate_env_var_key")) {
        tests.add(
            DynamicTest.dynamicTest(
                vector + " blocked " + row.get("key"),
                () ->
                    assertThat(GateEnvPolicy.isBlockedEnvVarKey(row.get("key").asText()))
                        .isEqualTo(row.get("blocked").asBoolean())));
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> approvedWebhookPayloadsPassTheirChecksAndAnswerWithADecryptableResponse() {
    return tests(
        GateVectors::isApprovedWebhookPayload,
        (spec, v) -> {
          GateApprovedWebhookPayload payload = GateApprovedWebhook.parsePayload(v.toString());
          ServiceGeneration generation =
              spec.generation().foilNames() ? ServiceGeneration.FOIL : ServiceGeneration.TRIPWIRE;
          assertThat(payload.generation()).isEqualTo(generation);
          assertThat(payload.verdict())
              .isEqualTo(generation == ServiceGeneration.FOIL ? payload.foil() : payload.tripwire());
          assertThat(v.has(generation.gateVerdictProperty())).isTrue();
          assertThat(JsonTrees.difference(v, TripwireJson.toTree(payload))).isEmpty();
          assertThat(GateApprovedWebhook.validatePayload(payload)).isSameAs(payload);
          JsonNode response =
              TripwireJson.toTree(GateApprovedWebhook.response(payload, Map.of("ACME_API_KEY", "ak_1")));
          assertThat(response.properties()).hasSize(1);
          assertThat(GateDelivery.parseEnvelope(response.get("encrypted_delivery").toString()).keyId())
              .isEqualTo(payload.delivery().keyId());
        });
  }

  @TestFactory
  Stream<DynamicTest> signedApprovedWebhooksVerifyAndReadAsTheTypedEvent() {
    return tests(
        GateVectors::isWebhookSignature,
        (spec, v) -> {
          Instant now = Instant.ofEpochSecond(v.get("now_seconds").asLong());
          WebhookVerifier verifier =
              WebhookVerifier.builder()
                  .addSigningSecret(v.get("secret").asText())
                  .clock(Clock.fixed(now, ZoneOffset.UTC))
                  .build();
          byte[] body = v.get("raw_body").asText().getBytes(StandardCharsets.UTF_8);
          GateSessionApprovedEvent event =
              GateApprovedWebhook.verify(
                  verifier,
                  body,
                  Map.of(
                      ServiceGeneration.TRIPWIRE.webhookTimestampHeader(), v.get("timestamp").asText(),
                      ServiceGeneration.TRIPWIRE.webhookSignatureHeader(), v.get("signature").asText()));
          assertThat(JsonTrees.difference(TripwireJson.readTree(body), TripwireJson.toTree(event))).isEmpty();
          assertThat(event.type()).isEqualTo(GateSessionApprovedEvent.TYPE);
          assertThat(event.data().generation().gateVerdictProperty())
              .isEqualTo(spec.generation().foilNames() ? "foil" : "tripwire");
        });
  }

  @TestFactory
  Stream<DynamicTest> everyVectorFileHasAShapeThatATestReads() {
    List<Vector> vectors = GateVectors.all();
    return vectors.stream()
        .map(v -> DynamicTest.dynamicTest(v.toString(), () -> assertThat(GateVectors.isKnownShape(v.json())).isTrue()));
  }

  interface Check {
    void run(com.tripwirejs.model.spec.TripwireSpec spec, JsonNode vector) throws Exception;
  }

  private static Stream<DynamicTest> tests(java.util.function.Predicate<JsonNode> shape, Check check) {
    List<Vector> vectors = GateVectors.withShape(shape);
    assertThat(vectors).isNotEmpty();
    assertThat(vectors.stream().map(Vector::spec).distinct()).as("one vector per generation with Gate").hasSameSizeAs(
        com.tripwirejs.model.spec.TripwireSpec.configuredWithGate());
    return vectors.stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.run(v.spec(), v.json())));
  }
}
