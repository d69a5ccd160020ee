package com.tripwirejs.gate.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.internal.HkdfSha256;
import com.tripwirejs.gate.internal.X25519Keys;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.Encodings;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.AEADBadTagException;

/**
 * The delivery scheme: X25519, HKDF-SHA256, AES-256-GCM, and the payload checks.
 *
 * <p>The HKDF info names the generation of the API: what this encrypts uses the current one's
 * ({@code foil-gate-delivery:v1}); what it decrypts may come from either, so it tries each accepted
 * generation's info in turn ({@code foil-gate-delivery:v1}, then {@code tripwire-gate-delivery:v1}),
 * going on only when the tag does not authenticate. A wrong info gives another AES key, so at most
 * one of them authenticates a genuine envelope.
 */
final class DeliveryCipher {

  /** The info of what this encrypts: the current generation's. */
  private static final byte[] ENCRYPT_INFO = info(ServiceGeneration.CURRENT);

  /** The infos decryption tries, in order. */
  private static final List<byte[]> DECRYPT_INFOS =
      ServiceGeneration.ACCEPTED.stream().map(DeliveryCipher::info).toList();

  private static final String INFO_NAMES =
      ServiceGeneration.ACCEPTED.stream()
          .map(ServiceGeneration::gateDeliveryInfo)
          .collect(Collectors.joining(", "));
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
    byte[] key = HkdfSha256.derive(shared, salt, ENCRYPT_INFO, KEY_BYTES);
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
    byte[] sealed = Arrays.copyOf(envelope.ciphertext, envelope.ciphertext.length + AesGcm.TAG_BYTES);
    System.arraycopy(envelope.tag, 0, sealed, envelope.ciphertext.length, AesGcm.TAG_BYTES);
    byte[] plaintext = null;
    try {
      for (byte[] info : DECRYPT_INFOS) {
        byte[] key = HkdfSha256.derive(shared, envelope.salt, info, KEY_BYTES);
        try {
          plaintext = AesGcm.decrypt(AesGcm.key(key), envelope.iv, sealed);
          break;
        } catch (AEADBadTagException e) {
          // Not this generation's info (or not authentic at all): try the next one.
        } finally {
          Arrays.fill(key, (byte) 0);
        }
      }
    } finally {
      Arrays.fill(shared, (byte) 0);
    }
    if (plaintext == null) {
      throw new GateDeliveryException(
          Reason.DECRYPTION_FAILED,
          "encrypted_delivery does not authenticate under this private key with the HKDF info of"
              + " any generation ("
              + INFO_NAMES
              + "): it was altered, or encrypted for another key");
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

  private static byte[] info(ServiceGeneration generation) {
    return generation.gateDeliveryInfo().getBytes(StandardCharsets.US_ASCII);
  }

  private static GateDeliveryException payloadError(String message) {
    return new GateDeliveryException(Reason.INVALID_PAYLOAD, message);
  }
}
