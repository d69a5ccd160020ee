package com.tripwirejs.gate.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.internal.X25519Keys;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.webhooks.internal.Encodings;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Encrypts Gate deliveries to a recipient's delivery request, and checks delivery requests and
 * envelopes against the contract.
 *
 * <p>A service answering a {@code gate.session.approved} webhook usually needs only {@link
 * GateApprovedWebhook#response(GateDeliveryRequest, Map)}; the recipient decrypts with {@link
 * GateDeliveryKeyPair#decrypt(GateDeliveryEnvelope)}.
 *
 * <p>Each {@link #encrypt(GateDeliveryRequest, GateDeliveryPayload) encryption} uses a fresh
 * ephemeral X25519 key, a random 32-byte HKDF salt and a random 12-byte IV. All methods are
 * thread-safe.
 */
public final class GateDelivery {

  /** The only delivery version of the contract. */
  public static final int VERSION = 1;

  /** The only delivery algorithm of the contract. */
  public static final String ALGORITHM = "x25519-hkdf-sha256/aes-256-gcm";

  private GateDelivery() {}

  /**
   * Checks a delivery request: version {@value #VERSION}, algorithm {@value #ALGORITHM}, a public
   * key of 32 bytes in base64url without padding, and a key id that is the base64url SHA-256 of
   * that key.
   *
   * @param delivery the delivery request
   * @return the same request
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST} naming the failing
   *     field
   */
  public static GateDeliveryRequest validateRequest(GateDeliveryRequest delivery) {
    DeliveryFields.request(delivery);
    return delivery;
  }

  /**
   * Reads and checks a delivery request from JSON, such as one received from an agent.
   *
   * @param json the JSON object {@code {version, algorithm, key_id, public_key}}
   * @return the checked request, with any properties this SDK version does not know kept
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST}
   */
  public static GateDeliveryRequest parseRequest(String json) {
    return parseRequest(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads and checks a delivery request from UTF-8 JSON.
   *
   * @param json the JSON object {@code {version, algorithm, key_id, public_key}}
   * @return the checked request
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST}
   */
  public static GateDeliveryRequest parseRequest(byte[] json) {
    JsonNode tree = readJson(json, Reason.INVALID_DELIVERY_REQUEST, "delivery");
    DeliveryFields.request(tree);
    return bind(tree, GateDeliveryRequest.class, Reason.INVALID_DELIVERY_REQUEST, "delivery");
  }

  /**
   * The key id of a public key: base64url without padding of the SHA-256 of its 32 raw bytes.
   *
   * @param publicKey the raw X25519 public key in base64url without padding
   * @return the key id
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST} when the key is not
   *     32 bytes of base64url
   */
  public static String keyId(String publicKey) {
    byte[] raw = Encodings.base64UrlNoPad(publicKey);
    if (raw == null || raw.length != X25519Keys.KEY_BYTES) {
      throw DeliveryFields.requestError(
          "delivery.public_key must be a raw 32-byte X25519 public key in base64url without"
              + " padding");
    }
    return DeliveryFields.keyIdOf(raw);
  }

  /**
   * Encrypts a payload to the key of a delivery request.
   *
   * @param delivery the recipient's delivery request; checked as by {@link
   *     #validateRequest(GateDeliveryRequest)}
   * @param payload the outputs to deliver
   * @return the envelope, whose key id is the request's
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST} when the request
   *     fails its checks
   */
  public static GateDeliveryEnvelope encrypt(
      GateDeliveryRequest delivery, GateDeliveryPayload payload) {
    return DeliveryCipher.encrypt(DeliveryFields.request(delivery), payload);
  }

  /**
   * Encrypts outputs to the key of a delivery request, as {@code {"version": 1, "outputs":
   * {...}}}.
   *
   * @param delivery the recipient's delivery request
   * @param outputs output name to value, such as {@code ACME_API_KEY -> "ak_live_..."}
   * @return the envelope
   * @throws GateDeliveryException with reason {@code INVALID_DELIVERY_REQUEST} when the request
   *     fails its checks
   */
  public static GateDeliveryEnvelope encrypt(
      GateDeliveryRequest delivery, Map<String, String> outputs) {
    return encrypt(delivery, GateDeliveryPayload.ofOutputs(outputs));
  }

  /**
   * Checks an envelope: version {@value #VERSION}, algorithm {@value #ALGORITHM}, every field
   * present, binary fields in base64url without padding, an ephemeral key and a salt of 32 bytes,
   * an IV of 12 and a tag of 16.
   *
   * @param envelope the envelope
   * @return the same envelope
   * @throws GateDeliveryException with reason {@code INVALID_ENVELOPE} naming the failing field
   */
  public static GateDeliveryEnvelope validateEnvelope(GateDeliveryEnvelope envelope) {
    DeliveryFields.envelope(envelope);
    return envelope;
  }

  /**
   * Reads and checks an envelope from JSON.
   *
   * @param json the JSON object {@code {version, algorithm, key_id, ephemeral_public_key, salt,
   *     iv, ciphertext, tag}}
   * @return the checked envelope
   * @throws GateDeliveryException with reason {@code INVALID_ENVELOPE}
   */
  public static GateDeliveryEnvelope parseEnvelope(String json) {
    return parseEnvelope(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads and checks an envelope from UTF-8 JSON.
   *
   * @param json the JSON object of the envelope
   * @return the checked envelope
   * @throws GateDeliveryException with reason {@code INVALID_ENVELOPE}
   */
  public static GateDeliveryEnvelope parseEnvelope(byte[] json) {
    JsonNode tree = readJson(json, Reason.INVALID_ENVELOPE, "encrypted_delivery");
    DeliveryFields.envelope(tree);
    return bind(tree, GateDeliveryEnvelope.class, Reason.INVALID_ENVELOPE, "encrypted_delivery");
  }

  static JsonNode readJson(byte[] json, Reason reason, String name) {
    try {
      return TripwireJson.readTree(json);
    } catch (TripwireJsonException e) {
      throw new GateDeliveryException(reason, name + " is not valid JSON: " + e.getMessage());
    }
  }

  static <T> T bind(JsonNode tree, Class<T> type, Reason reason, String name) {
    try {
      return TripwireJson.fromTree(tree, type);
    } catch (TripwireJsonException e) {
      throw new GateDeliveryException(reason, name + " is invalid: " + e.getMessage());
    }
  }
}
