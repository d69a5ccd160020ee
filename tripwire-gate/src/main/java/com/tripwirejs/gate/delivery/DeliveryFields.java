package com.tripwirejs.gate.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.internal.X25519Keys;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.Encodings;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The contract's checks of a delivery request and of an envelope, on typed values and on raw JSON
 * alike, with its error wording.
 */
final class DeliveryFields {

  static final String VERSION_NAME = "version";
  static final int SALT_BYTES = 32;

  private DeliveryFields() {}

  /** A checked delivery request: the raw recipient key and its key id. */
  static final class Request {
    final byte[] publicKey;
    final String keyId;

    Request(byte[] publicKey, String keyId) {
      this.publicKey = publicKey;
      this.keyId = keyId;
    }
  }

  /** A checked envelope with its binary fields decoded. */
  static final class Envelope {
    final String keyId;
    final byte[] ephemeralPublicKey;
    final byte[] salt;
    final byte[] iv;
    final byte[] ciphertext;
    final byte[] tag;

    Envelope(
        String keyId,
        byte[] ephemeralPublicKey,
        byte[] salt,
        byte[] iv,
        byte[] ciphertext,
        byte[] tag) {
      this.keyId = keyId;
      this.ephemeralPublicKey = ephemeralPublicKey;
      this.salt = salt;
      this.iv = iv;
      this.ciphertext = ciphertext;
      this.tag = tag;
    }
  }

  static Request request(GateDeliveryRequest request) {
    return request(
        request.version() == GateDelivery.VERSION,
        request.algorithm(),
        request.keyId(),
        request.publicKey());
  }

  static Request request(JsonNode node) {
    if (!node.isObject()) {
      throw requestError("delivery must be an object");
    }
    return request(
        isVersionOne(node.get(VERSION_NAME)),
        text(node.get("algorithm")),
        text(node.get("key_id")),
        text(node.get("public_key")));
  }

  private static Request request(
      boolean versionOne,
      @Nullable String algorithm,
      @Nullable String keyId,
      @Nullable String publicKey) {
    if (!versionOne) {
      throw requestError("delivery.version must be " + GateDelivery.VERSION);
    }
    if (!GateDelivery.ALGORITHM.equals(algorithm)) {
      throw requestError("delivery.algorithm must be " + GateDelivery.ALGORITHM);
    }
    if (publicKey == null || publicKey.isEmpty()) {
      throw requestError("delivery.public_key is required");
    }
    if (keyId == null || keyId.isEmpty()) {
      throw requestError("delivery.key_id is required");
    }
    byte[] raw = Encodings.base64UrlNoPad(publicKey);
    if (raw == null) {
      throw requestError("delivery.public_key must be base64url without padding");
    }
    if (raw.length != X25519Keys.KEY_BYTES) {
      throw requestError("delivery.public_key must be a raw 32-byte X25519 public key");
    }
    if (!keyIdOf(raw).equals(keyId)) {
      throw requestError("delivery.key_id does not match delivery.public_key");
    }
    return new Request(raw, keyId);
  }

  static Envelope envelope(GateDeliveryEnvelope envelope) {
    return envelope(
        envelope.version() == GateDelivery.VERSION,
        envelope.algorithm(),
        envelope.keyId(),
        envelope.ephemeralPublicKey(),
        envelope.salt(),
        envelope.iv(),
        envelope.ciphertext(),
        envelope.tag());
  }

  static Envelope envelope(JsonNode node) {
    if (!node.isObject()) {
      throw envelopeError("encrypted_delivery must be an object");
    }
    return envelope(
        isVersionOne(node.get(VERSION_NAME)),
        text(node.get("algorithm")),
        text(node.get("key_id")),
        text(node.get("ephemeral_public_key")),
        text(node.get("salt")),
        text(node.get("iv")),
        text(node.get("ciphertext")),
        text(node.get("tag")));
  }

  private static Envelope envelope(
      boolean versionOne,
      @Nullable String algorithm,
      @Nullable String keyId,
      @Nullable String ephemeralPublicKey,
      @Nullable String salt,
      @Nullable String iv,
      @Nullable String ciphertext,
      @Nullable String tag) {
    if (!versionOne) {
      throw envelopeError("encrypted_delivery.version must be " + GateDelivery.VERSION);
    }
    if (!GateDelivery.ALGORITHM.equals(algorithm)) {
      throw envelopeError("encrypted_delivery.algorithm must be " + GateDelivery.ALGORITHM);
    }
    String checkedKeyId = required("key_id", keyId);
    byte[] ephemeral = binary("ephemeral_public_key", ephemeralPublicKey);
    byte[] saltBytes = binary("salt", salt);
    byte[] ivBytes = binary("iv", iv);
    byte[] ciphertextBytes = binary("ciphertext", ciphertext);
    byte[] tagBytes = binary("tag", tag);
    length("ephemeral_public_key", ephemeral, X25519Keys.KEY_BYTES);
    length("salt", saltBytes, SALT_BYTES);
    length("iv", ivBytes, AesGcm.IV_BYTES);
    length("tag", tagBytes, AesGcm.TAG_BYTES);
    return new Envelope(checkedKeyId, ephemeral, saltBytes, ivBytes, ciphertextBytes, tagBytes);
  }

  /** base64url-no-pad(SHA-256(raw public key)). */
  static String keyIdOf(byte[] rawPublicKey) {
    return Encodings.base64Url(SHA_256.get().digest(rawPublicKey));
  }

  /**
   * A SHA-256 digest per thread: looking the algorithm up among the JVM's providers cost more
   * than hashing a key, and every approved webhook checks its key id.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is not available in this JVM", e);
            }
          });

  private static String required(String field, @Nullable String value) {
    if (value == null || value.isEmpty()) {
      throw envelopeError("encrypted_delivery." + field + " is required");
    }
    return value;
  }

  private static byte[] binary(String field, @Nullable String value) {
    byte[] bytes = Encodings.base64UrlNoPad(required(field, value));
    if (bytes == null) {
      throw envelopeError("encrypted_delivery." + field + " must be base64url without padding");
    }
    return bytes;
  }

  private static void length(String field, byte[] bytes, int expected) {
    if (bytes.length != expected) {
      throw envelopeError("encrypted_delivery." + field + " must be " + expected + " bytes");
    }
  }

  private static boolean isVersionOne(@Nullable JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToInt() && node.intValue() == 1;
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  static GateDeliveryException requestError(String message) {
    return new GateDeliveryException(Reason.INVALID_DELIVERY_REQUEST, message);
  }

  static GateDeliveryException envelopeError(String message) {
    return new GateDeliveryException(Reason.INVALID_ENVELOPE, message);
  }
}
