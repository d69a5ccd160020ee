package com.tripwirejs.webhooks.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.gate.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.gate.delivery.GateDeliveryRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.webhook.event.GateApprovedWebhookPayload;
import com.tripwirejs.webhooks.testing.SpecVectors;
import com.tripwirejs.webhooks.testing.SpecVectors.Vector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Gate delivery vector of the spec, chosen by shape. */
class GateVectorsTest {

  @TestFactory
  Stream<DynamicTest> deliveryRequestKeyIds() {
    return tests(
        SpecVectors::isDeliveryRequest,
        v -> {
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
        SpecVectors::isDeliveryVector,
        v -> {
          GateDeliveryKeyPair keys = GateDeliveryKeyPair.fromPkcs8(v.get("private_key_pkcs8").asText());
          assertThat(TripwireJson.toTree(keys.delivery())).isEqualTo(v.get("delivery"));
          assertThat(keys.exportPkcs8().reveal()).isEqualTo(v.get("private_key_pkcs8").asText());

          GateDeliveryEnvelope envelope =
              GateDelivery.parseEnvelope(TripwireJson.writeBytes(v.get("envelope")));
          GateDeliveryPayload payload = keys.decrypt(envelope);
          assertThat(JsonTrees.difference(v.get("payload"), TripwireJson.toTree(payload))).isEmpty();
          assertThat(payload.unknownProperties()).isEmpty();
          assertThat(keys.decrypt(v.get("envelope").toString())).isEqualTo(payload);

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
    for (Vector vector : SpecVectors.withShape("gate-delivery", SpecVectors::isEnvPolicy)) {
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
        SpecVectors::isApprovedWebhookPayload,
        v -> {
          GateApprovedWebhookPayload payload = GateApprovedWebhook.parsePayload(v.toString());
          assertThat(JsonTrees.difference(v, TripwireJson.toTree(payload))).isEmpty();
          assertThat(GateApprovedWebhook.validatePayload(payload)).isSameAs(payload);
          JsonNode response =
              TripwireJson.toTree(GateApprovedWebhook.response(payload, Map.of("ACME_API_KEY", "ak_1")));
          assertThat(response.properties()).hasSize(1);
          assertThat(GateDelivery.parseEnvelope(response.get("encrypted_delivery").toString()).keyId())
              .isEqualTo(payload.delivery().keyId());
        });
  }

  interface Check {
    void run(JsonNode vector) throws Exception;
  }

  private static Stream<DynamicTest> tests(java.util.function.Predicate<JsonNode> shape, Check check) {
    List<Vector> vectors = SpecVectors.withShape("gate-delivery", shape);
    assertThat(vectors).isNotEmpty();
    return vectors.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check.run(v.json())));
  }
}
