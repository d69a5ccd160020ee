package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.delivery.GateDelivery;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.delivery.GateDeliveryPayload;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.json.TripwireJson;

/**
 * What the Gate delivery benchmarks encrypt and decrypt, from the spec's vector ({@code
 * fixtures/gate-delivery/vector.v1.json}): its recipient key pair and delivery request, its payload,
 * and eight envelopes to that key that the SDK encrypts at setup, with the current generation's
 * HKDF info as the floors do. The spec's own envelope is checked to decrypt, not measured: a
 * Tripwire-era vector was sealed with Tripwire's info, which the SDK tries after the current one
 * and the floors, which know only the current one, cannot open.
 * Each envelope is held both as the SDK's typed value and as the strings a hand-written receiver
 * reads.
 */
final class GateDeliveryInputs {

  static final int VARIANTS = 8;

  final JsonNode vector;
  final String privateKeyPkcs8;
  final GateDeliveryKeyPair keyPair;
  final GateDeliveryRequest delivery;
  final GateDeliveryPayload payload;
  final JsonNode payloadTree;
  final GateDeliveryEnvelope[] envelopes = new GateDeliveryEnvelope[VARIANTS];
  final GateDeliveryFloor.Envelope[] floorEnvelopes = new GateDeliveryFloor.Envelope[VARIANTS];

  GateDeliveryInputs() {
    vector = SpecFixtures.load().tree("gate-delivery/vector.v1.json");
    privateKeyPkcs8 = vector.path("private_key_pkcs8").asText();
    keyPair = GateDeliveryKeyPair.fromPkcs8(privateKeyPkcs8);
    delivery = TripwireJson.fromTree(vector.path("delivery"), GateDeliveryRequest.class);
    payloadTree = vector.path("payload");
    payload = TripwireJson.fromTree(payloadTree, GateDeliveryPayload.class);
    GateDeliveryEnvelope spec =
        TripwireJson.fromTree(vector.path("envelope"), GateDeliveryEnvelope.class);
    if (!keyPair.decrypt(spec).outputs().keySet().equals(payload.outputs().keySet())) {
      throw new IllegalStateException("The spec's envelope does not decrypt to the vector's payload");
    }
    for (int i = 0; i < VARIANTS; i++) {
      envelopes[i] = GateDelivery.encrypt(delivery, payload);
    }
    for (int i = 0; i < VARIANTS; i++) {
      GateDeliveryEnvelope e = envelopes[i];
      floorEnvelopes[i] =
          new GateDeliveryFloor.Envelope(e.ephemeralPublicKey(), e.salt(), e.iv(), e.ciphertext(), e.tag());
      if (!keyPair.decrypt(e).outputs().keySet().equals(payload.outputs().keySet())) {
        throw new IllegalStateException("Envelope " + i + " does not decrypt to the vector's payload");
      }
    }
  }

  /** The payload's outputs must survive a floor round trip too. */
  void checkFloorPayload(JsonNode decrypted, String floor) {
    if (!payloadTree.equals(decrypted)) {
      throw new IllegalStateException("The " + floor + " floor does not decrypt to the vector's payload");
    }
  }
}
