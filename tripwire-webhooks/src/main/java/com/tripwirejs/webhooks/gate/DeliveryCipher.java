package com.tripwirejs.webhooks.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.gate.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.webhooks.gate.GateDeliveryException.Reason;
import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.Encodings;
import com.tripwirejs.webhooks.internal.HkdfSha256;
import com.tripwirejs.webhooks.internal.X25519Keys;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;

/** The delivery scheme: X25519, HKDF-SHA256, AES-256-GCM, and the payload checks. */
final class DeliveryCipher {

  private static final byte[] HKDF_INFO =
      "tripwire-gate-delivery:v1".getBytes(StandardCharsets.US_ASCII);
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private DeliveryCipher() {}

  static GateDeliveryEnvelope encrypt(DeliveryFields.Request recipient, GateDeliveryPayload payload) {
    KeyPair ephemeral = X25519Keys.generate();
    byte[] shared;
    try {
      shared = X25519Keys.agree(ephemeral.getPrivate(), X25519Keys.publicKey(recipient.publicKey));
    } catch (InvalidKeyException e) {
      throw DeliveryFields.requestError(
          "delivery.public_key is not a usable X25519 public key (a point of small order)");
    }
    byte[] salt = new byte[DeliveryFields.SALT_BYTES];
    byte[] iv = new byte[AesGcm.IV_BYTES];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(iv);
    byte[] key = HkdfSha256.derive(shared, salt, HKDF_INFO, KEY_BYTES);
    byte[] plaintext = TripwireJson.writeBytes(payload);
    byte[] sealed;
    try {
      sealed = AesGcm.encrypt(AesGcm.key(key), iv, plaintext);
    } finally {
      Arrays.fill(shared, (byte) 0);
      Arrays.fill(key, (byte) 0);
      Arrays.fill(plaintext, (byte) 0);
    }
    int ciphertextLength = sealed.length - AesGcm.TAG_BYTES;
    return GateDeliveryEnvelope.builder()
        .version(GateDelivery.VERSION)
        .algorithm(GateDelivery.ALGORITHM)
        .keyId(recipient.keyId)
        .ephemeralPublicKey(Encodings.base64Url(X25519Keys.raw(ephemeral.getPublic())))
        .salt(Encodings.base64Url(salt))
        .iv(Encodings.base64Url(iv))
        .ciphertext(Encodings.base64Url(Arrays.copyOf(sealed, ciphertextLength)))
        .tag(Encodings.base64Url(Arrays.copyOfRange(sealed, ciphertextLength, sealed.length)))
        .build();
  }

  static GateDeliveryPayload decrypt(
      PrivateKey privateKey, String keyId, DeliveryFields.Envelope envelope) {
    if (!keyId.equals(envelope.keyId)) {
      throw DeliveryFields.envelopeError(
          "encrypted_delivery.key_id does not match this key pair's key id: the delivery was"
              + " encrypted for another key");
    }
    byte[] shared;
    try {
      shared = X25519Keys.agree(privateKey, X25519Keys.publicKey(envelope.ephemeralPublicKey));
    } catch (InvalidKeyException e) {
      throw DeliveryFields.envelopeError(
          "encrypted_delivery.ephemeral_public_key is not a usable X25519 public key (a point of"
              + " small order)");
    }
    byte[] key = HkdfSha256.derive(shared, envelope.salt, HKDF_INFO, KEY_BYTES);
    byte[] sealed = Arrays.copyOf(envelope.ciphertext, envelope.ciphertext.length + AesGcm.TAG_BYTES);
    System.arraycopy(envelope.tag, 0, sealed, envelope.ciphertext.length, AesGcm.TAG_BYTES);
    byte[] plaintext;
    try {
      plaintext = AesGcm.decrypt(AesGcm.key(key), envelope.iv, sealed);
    } catch (AEADBadTagException e) {
      throw new GateDeliveryException(
          Reason.DECRYPTION_FAILED,
          "encrypted_delivery does not authenticate under this private key: it was altered, or"
              + " encrypted for another key");
    } finally {
      Arrays.fill(shared, (byte) 0);
      Arrays.fill(key, (byte) 0);
    }
    try {
      return readPayload(plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** The contract's payload checks, then the typed payload. */
  private static GateDeliveryPayload readPayload(byte[] plaintext) {
    JsonNode tree;
    try {
      tree = TripwireJson.readTree(plaintext);
    } catch (TripwireJsonException e) {
      throw payloadError("encrypted_delivery decrypted to invalid JSON");
    }
    if (!tree.isObject()) {
      throw payloadError("encrypted_delivery payload must be an object");
    }
    JsonNode version = tree.get(DeliveryFields.VERSION_NAME);
    if (version == null
        || !version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.intValue() != GateDeliveryPayload.VERSION) {
      throw payloadError("encrypted_delivery payload version must be " + GateDeliveryPayload.VERSION);
    }
    JsonNode outputs = tree.get("outputs");
    if (outputs == null || !outputs.isObject()) {
      throw payloadError("encrypted_delivery payload outputs must be an object");
    }
    int index = 1;
    for (Map.Entry<String, JsonNode> output : outputs.properties()) {
      if (!output.getValue().isTextual()) {
        throw payloadError(
            "encrypted_delivery payload outputs must all be strings (output #" + index + " is not)");
      }
      index++;
    }
    JsonNode ackToken = tree.get("ack_token");
    if (ackToken != null && !ackToken.isNull() && !ackToken.isTextual()) {
      throw payloadError("encrypted_delivery payload ack_token must be a string");
    }
    try {
      return TripwireJson.fromTree(tree, GateDeliveryPayload.class);
    } catch (TripwireJsonException e) {
      throw payloadError("encrypted_delivery payload is invalid: " + e.getMessage());
    }
  }

  private static GateDeliveryException payloadError(String message) {
    return new GateDeliveryException(Reason.INVALID_PAYLOAD, message);
  }
}
