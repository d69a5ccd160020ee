package com.tripwirejs.gate.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.webhooks.testing.IndependentCrypto;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GateDeliveryTest {

  final GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();

  @Test
  void encryptThenDecryptReturnsTheOutputsInOrder() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("ZED_API_KEY", "zk_1");
    outputs.put("ACME_API_KEY", "ak_\u00e9\ud83d\ude00");
    outputs.put("EMPTY", "");

    GateDeliveryPayload payload = keys.decrypt(GateDelivery.encrypt(keys.delivery(), outputs));

    assertThat(payload.outputs().keySet()).containsExactly("ZED_API_KEY", "ACME_API_KEY", "EMPTY");
    assertThat(payload.output("ACME_API_KEY").orElseThrow().reveal()).isEqualTo("ak_\u00e9\ud83d\ude00");
    assertThat(payload.ackToken()).isNull();
  }

  @Test
  void eachEncryptionIsFresh() {
    GateDeliveryEnvelope a = GateDelivery.encrypt(keys.delivery(), Map.of("K", "v"));
    GateDeliveryEnvelope b = GateDelivery.encrypt(keys.delivery(), Map.of("K", "v"));
    assertThat(a.ephemeralPublicKey()).isNotEqualTo(b.ephemeralPublicKey());
    assertThat(a.salt()).isNotEqualTo(b.salt());
    assertThat(a.iv()).isNotEqualTo(b.iv());
    assertThat(a.keyId()).isEqualTo(keys.keyId());
  }

  @Test
  void deliveryRequestChecksSayWhatIsWrongInTheContractsWords() {
    ObjectNode good = (ObjectNode) TripwireJson.toTree(keys.delivery());
    String otherKey = GateDeliveryKeyPair.generate().delivery().publicKey();
    assertRequest(good.deepCopy().put("version", 2), "delivery.version must be 1");
    assertRequest(good.deepCopy().put("version", "1"), "delivery.version must be 1");
    assertRequest(good.deepCopy().put("algorithm", "x25519"), "delivery.algorithm must be x25519-hkdf-sha256/aes-256-gcm");
    assertRequest(good.deepCopy().put("public_key", ""), "delivery.public_key is required");
    assertRequest(without(good, "public_key"), "delivery.public_key is required");
    assertRequest(without(good, "key_id"), "delivery.key_id is required");
    assertRequest(good.deepCopy().put("public_key", otherKey + "="), "delivery.public_key must be base64url without padding");
    assertRequest(good.deepCopy().put("public_key", "/" + otherKey.substring(1)), "delivery.public_key must be base64url without padding");
    assertRequest(good.deepCopy().put("public_key", "AAAA"), "delivery.public_key must be a raw 32-byte X25519 public key");
    assertRequest(good.deepCopy().put("public_key", otherKey), "delivery.key_id does not match delivery.public_key");
    assertThatThrownBy(() -> GateDelivery.parseRequest("[]")).hasMessage("delivery must be an object");
    assertThatThrownBy(() -> GateDelivery.parseRequest("{"))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_DELIVERY_REQUEST));

    GateDeliveryRequest typed = GateDeliveryRequest.builder().from(keys.delivery()).publicKey(otherKey).build();
    assertThatThrownBy(() -> GateDelivery.validateRequest(typed)).hasMessage("delivery.key_id does not match delivery.public_key");
    assertThatThrownBy(() -> GateDelivery.encrypt(typed, Map.of("K", "v"))).hasMessage("delivery.key_id does not match delivery.public_key");
  }

  @Test
  void aDeliveryRequestKeepsPropertiesAddedLater() {
    ObjectNode request = ((ObjectNode) TripwireJson.toTree(keys.delivery())).put("expires_at", "later");
    assertThat(GateDelivery.parseRequest(request.toString()).unknownProperties()).containsKey("expires_at");
  }

  @Test
  void envelopeChecksSayWhatIsWrongInTheContractsWords() {
    ObjectNode good = (ObjectNode) TripwireJson.toTree(GateDelivery.encrypt(keys.delivery(), Map.of("K", "v")));
    assertEnvelope(good.deepCopy().put("version", 2), "encrypted_delivery.version must be 1");
    assertEnvelope(good.deepCopy().put("algorithm", "none"), "encrypted_delivery.algorithm must be x25519-hkdf-sha256/aes-256-gcm");
    for (String field : new String[] {"key_id", "ephemeral_public_key", "salt", "iv", "ciphertext", "tag"}) {
      assertEnvelope(without(good, field), "encrypted_delivery." + field + " is required");
      assertEnvelope(good.deepCopy().put(field, ""), "encrypted_delivery." + field + " is required");
    }
    assertEnvelope(good.deepCopy().put("iv", b64(new byte[16])), "encrypted_delivery.iv must be 12 bytes");
    assertEnvelope(good.deepCopy().put("salt", b64(new byte[16])), "encrypted_delivery.salt must be 32 bytes");
    assertEnvelope(good.deepCopy().put("tag", b64(new byte[12])), "encrypted_delivery.tag must be 16 bytes");
    assertEnvelope(good.deepCopy().put("ephemeral_public_key", b64(new byte[33])), "encrypted_delivery.ephemeral_public_key must be 32 bytes");
    assertEnvelope(good.deepCopy().put("iv", good.get("iv").asText() + "=="), "encrypted_delivery.iv must be base64url without padding");
    assertEnvelope(good.deepCopy().put("ciphertext", "a+b/"), "encrypted_delivery.ciphertext must be base64url without padding");
    // Same bytes, non-canonical text: the unused low bits of the last character are set.
    String tag = good.get("tag").asText();
    String sameBytes = tag.substring(0, 21) + (char) (tag.charAt(21) + 1);
    assertEnvelope(good.deepCopy().put("tag", sameBytes), "encrypted_delivery.tag must be base64url without padding");
  }

  @Test
  void decryptionFailsForAnotherKeyOrAnAlteredEnvelope() {
    GateDeliveryEnvelope envelope = GateDelivery.encrypt(keys.delivery(), Map.of("K", "v"));
    GateDeliveryKeyPair other = GateDeliveryKeyPair.generate();

    assertThatThrownBy(() -> other.decrypt(envelope))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE))
        .hasMessageContaining("encrypted_delivery.key_id does not match");
    GateDeliveryEnvelope relabelled = GateDeliveryEnvelope.builder().from(envelope).keyId(other.keyId()).build();
    assertThatThrownBy(() -> other.decrypt(relabelled))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED));
    GateDeliveryEnvelope newSalt =
        GateDeliveryEnvelope.builder().from(envelope).salt(b64(IndependentCrypto.random(32))).build();
    assertThatThrownBy(() -> keys.decrypt(newSalt))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED));
  }

  @Test
  void smallOrderPointsAreRejectedOnBothSides() {
    String zeroKey = b64(new byte[32]);
    GateDeliveryRequest weak =
        GateDeliveryRequest.builder().keyId(GateDelivery.keyId(zeroKey)).publicKey(zeroKey).build();
    assertThatThrownBy(() -> GateDelivery.encrypt(weak, Map.of("K", "v")))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_DELIVERY_REQUEST))
        .hasMessageContaining("small order");
    GateDeliveryEnvelope envelope =
        GateDeliveryEnvelope.builder().from(GateDelivery.encrypt(keys.delivery(), Map.of("K", "v"))).ephemeralPublicKey(zeroKey).build();
    assertThatThrownBy(() -> keys.decrypt(envelope))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENVELOPE));
  }

  @Test
  void decryptedPayloadsAreCheckedAsTheContractSays() {
    assertPayload("not json", "encrypted_delivery decrypted to invalid JSON");
    assertPayload("[1]", "encrypted_delivery payload must be an object");
    assertPayload("{\"outputs\":{}}", "encrypted_delivery payload version must be 1");
    assertPayload("{\"version\":2,\"outputs\":{}}", "encrypted_delivery payload version must be 1");
    assertPayload("{\"version\":1,\"outputs\":[]}", "encrypted_delivery payload outputs must be an object");
    assertPayload("{\"version\":1,\"outputs\":{\"A\":\"x\",\"B\":1}}", "encrypted_delivery payload outputs must all be strings (output #2 is not)");
    assertPayload("{\"version\":1,\"outputs\":{},\"ack_token\":5}", "encrypted_delivery payload ack_token must be a string");
    GateDeliveryPayload payload =
        keys.decrypt(IndependentGate.encrypt(keys.delivery(), IndependentCrypto.utf8("{\"version\":1,\"outputs\":{\"A\":\"x\"},\"ack_token\":null,\"later\":true}")));
    assertThat(payload.unknownProperties()).containsOnlyKeys("later");
    assertThat(payload.toString()).doesNotContain("later");
  }

  @Test
  void privateKeysImportOnlyAsBase64UrlPkcs8X25519() throws Exception {
    GateDeliveryKeyPair imported = GateDeliveryKeyPair.fromPkcs8(keys.exportPkcs8());
    assertThat(imported.delivery()).isEqualTo(keys.delivery());

    assertKey("", "delivery.private_key_pkcs8 is required");
    assertKey("!!!!", "delivery.private_key_pkcs8 must be base64url without padding");
    assertKey(keys.exportPkcs8().reveal() + "=", "delivery.private_key_pkcs8 must be base64url without padding");
    assertKey("A".repeat(5000), "delivery.private_key_pkcs8 is too long to be an X25519 PKCS#8 private key");
    assertKey(b64(new byte[48]), "delivery.private_key_pkcs8 is not a PKCS#8 X25519 private key");
    for (String algorithm : new String[] {"Ed25519", "X448", "Ed448", "EC", "RSA"}) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (algorithm.equals("RSA")) {
        generator.initialize(1024);
      }
      String der = b64(generator.generateKeyPair().getPrivate().getEncoded());
      assertKey(der, "delivery.private_key_pkcs8 is not a PKCS#8 X25519 private key");
    }
  }

  @Test
  void nothingSecretPrints() {
    GateDeliveryPayload payload = GateDeliveryPayload.builder().putOutput("ACME_API_KEY", "ak_live_secret").ackToken(com.tripwirejs.model.Secret.of("ack_secret")).build();
    assertThat(payload.toString()).contains("ACME_API_KEY").doesNotContain("ak_live_secret").doesNotContain("ack_secret");
    assertThat(keys.toString()).contains(keys.keyId()).doesNotContain(keys.exportPkcs8().reveal());
    assertThat(keys.exportPkcs8().toString()).isEqualTo("[REDACTED]");
  }

  @Test
  void envPolicyEdgeCases() {
    assertThat(GateEnvPolicy.agentTokenEnvKey("  --Acme..Prod__eu--  ")).isEqualTo("ACME_PROD_EU_GATE_AGENT_TOKEN");
    assertThat(GateEnvPolicy.agentTokenEnvKey("caf\u00e9 2")).isEqualTo("CAF_2_GATE_AGENT_TOKEN");
    for (String empty : new String[] {"", "   ", "--__", "\u00e9\u00e8"}) {
      assertThatThrownBy(() -> GateEnvPolicy.agentTokenEnvKey(empty))
          .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_SERVICE_ID));
    }
    assertThat(GateEnvPolicy.isBlockedEnvVarKey(" path ")).isTrue();
    assertThat(GateEnvPolicy.isBlockedEnvVarKey("\u00a0LD_PRELOAD\ufeff")).isTrue();
    assertThat(GateEnvPolicy.isBlockedEnvVarKey("Git_Config_Global")).isTrue();
    assertThat(GateEnvPolicy.isBlockedEnvVarKey("PATH_EXTRA")).isFalse();
    assertThat(GateEnvPolicy.isManagedEnvVarKey("tripwire_agent_token")).isFalse();
    assertThat(GateEnvPolicy.isManagedEnvVarKey("X_GATE_AGENT_TOKEN")).isTrue();
  }

  private void assertPayload(String plaintext, String message) {
    GateDeliveryEnvelope envelope = IndependentGate.encrypt(keys.delivery(), IndependentCrypto.utf8(plaintext));
    assertThatThrownBy(() -> keys.decrypt(envelope))
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PAYLOAD))
        .hasMessage(message);
  }

  private static void assertRequest(ObjectNode request, String message) {
    assertFails(() -> GateDelivery.parseRequest(request.toString()), Reason.INVALID_DELIVERY_REQUEST, message);
  }

  private void assertEnvelope(ObjectNode envelope, String message) {
    assertFails(() -> GateDelivery.parseEnvelope(envelope.toString()), Reason.INVALID_ENVELOPE, message);
    assertFails(() -> keys.decrypt(envelope.toString()), Reason.INVALID_ENVELOPE, message);
  }

  private static void assertKey(String pkcs8, String message) {
    assertFails(() -> GateDeliveryKeyPair.fromPkcs8(pkcs8), Reason.INVALID_PRIVATE_KEY, message);
  }

  private static void assertFails(ThrowingCallable call, Reason reason, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(GateDeliveryException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessage(message);
  }

  private static ObjectNode without(ObjectNode node, String field) {
    ObjectNode copy = node.deepCopy();
    copy.remove(field);
    return copy;
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
