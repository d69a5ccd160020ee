package com.tripwirejs.gate.delivery;

import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.gate.internal.X25519Keys;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.Secret;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.VerificationOutcome;
import com.tripwirejs.webhooks.internal.Encodings;
import com.tripwirejs.webhooks.internal.Observed;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.XECPrivateKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An X25519 key pair that receives Gate deliveries: send {@link #delivery()} with the Gate
 * session, keep the private key, and {@link #decrypt(GateDeliveryEnvelope) decrypt} what comes
 * back.
 *
 * <pre>{@code
 * GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
 * Secret stored = keys.exportPkcs8();                     // keep it like any other secret
 * // ... later, possibly in another process:
 * GateDeliveryKeyPair same = GateDeliveryKeyPair.fromPkcs8(stored);
 * GateDeliveryPayload payload = same.decrypt(envelope);
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the key id only.
 */
public final class GateDeliveryKeyPair {

  /** Longer input cannot be an X25519 PKCS#8 key; it is rejected before decoding. */
  private static final int MAX_PKCS8_LENGTH = 1024;

  private final XECPrivateKey privateKey;
  private final GateDeliveryRequest delivery;
  private final VerificationListener listener;

  private GateDeliveryKeyPair(GateDeliveryKeyPair keys, VerificationListener listener) {
    this.privateKey = keys.privateKey;
    this.delivery = keys.delivery;
    this.listener = listener;
  }

  private GateDeliveryKeyPair(XECPrivateKey privateKey, byte[] publicKey) {
    this.privateKey = privateKey;
    this.listener = VerificationListener.NONE;
    String encodedPublicKey = Encodings.base64Url(publicKey);
    this.delivery =
        GateDeliveryRequest.builder()
            .version(GateDelivery.VERSION)
            .algorithm(GateDelivery.ALGORITHM)
            .keyId(DeliveryFields.keyIdOf(publicKey))
            .publicKey(encodedPublicKey)
            .build();
  }

  /**
   * Generates a key pair from the JVM's secure randomness.
   *
   * @return the new key pair
   */
  public static GateDeliveryKeyPair generate() {
    KeyPair pair = X25519Keys.generate();
    return new GateDeliveryKeyPair((XECPrivateKey) pair.getPrivate(), X25519Keys.raw(pair.getPublic()));
  }

  /**
   * Imports a private key exported by {@link #exportPkcs8()} or another Tripwire SDK: the
   * base64url (no padding) PKCS#8 DER of an X25519 private key.
   *
   * @param pkcs8 the encoded private key
   * @return the key pair
   * @throws GateDeliveryException with reason {@code INVALID_PRIVATE_KEY} when the text is not
   *     base64url, or its bytes are not an X25519 private key (an Ed25519, X448 or RSA key
   *     included)
   */
  public static GateDeliveryKeyPair fromPkcs8(Secret pkcs8) {
    String text = pkcs8.reveal();
    if (text.isEmpty()) {
      throw keyError("delivery.private_key_pkcs8 is required");
    }
    if (text.length() > MAX_PKCS8_LENGTH) {
      throw keyError("delivery.private_key_pkcs8 is too long to be an X25519 PKCS#8 private key");
    }
    byte[] der = Encodings.base64UrlNoPad(text);
    if (der == null) {
      throw keyError("delivery.private_key_pkcs8 must be base64url without padding");
    }
    try {
      XECPrivateKey key = X25519Keys.privateKeyFromPkcs8(der);
      if (key == null) {
        throw keyError("delivery.private_key_pkcs8 is not a PKCS#8 X25519 private key");
      }
      return new GateDeliveryKeyPair(key, X25519Keys.publicKeyOf(key));
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /**
   * Imports a private key; see {@link #fromPkcs8(Secret)}.
   *
   * @param pkcs8 the encoded private key
   * @return the key pair
   * @throws GateDeliveryException with reason {@code INVALID_PRIVATE_KEY}
   */
  public static GateDeliveryKeyPair fromPkcs8(String pkcs8) {
    return fromPkcs8(Secret.of(pkcs8));
  }

  /**
   * The delivery request to send to Tripwire: version, algorithm, key id and public key.
   *
   * @return the delivery request
   */
  public GateDeliveryRequest delivery() {
    return delivery;
  }

  /**
   * The key id: base64url SHA-256 of the raw public key.
   *
   * @return the key id
   */
  public String keyId() {
    return delivery.keyId();
  }

  /**
   * The private key as base64url (no padding) PKCS#8 DER, for storage. It is the secret half of
   * the pair: store it as such.
   *
   * @return the encoded private key
   */
  public Secret exportPkcs8() {
    byte[] der = privateKey.getEncoded();
    try {
      return Secret.of(Encodings.base64Url(der));
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /**
   * Checks and decrypts an envelope encrypted to this key pair, by either generation of the API:
   * its key is derived with Foil's HKDF info ({@code foil-gate-delivery:v1}) first and, when that
   * does not authenticate, with Tripwire's ({@code tripwire-gate-delivery:v1}).
   *
   * @param envelope the envelope, such as {@code GateDeliveryBundle.integrator()}
   * @return the payload, whose outputs are secrets
   * @throws GateDeliveryException with reason {@code INVALID_ENVELOPE} when the envelope fails its
   *     checks or names another key id, {@code DECRYPTION_FAILED} when it authenticates under
   *     neither info, {@code INVALID_PAYLOAD} when the plaintext is not a delivery payload
   */
  public GateDeliveryPayload decrypt(GateDeliveryEnvelope envelope) {
    return observed(
        () -> DeliveryCipher.decrypt(privateKey, keyId(), DeliveryFields.envelope(envelope)));
  }

  /**
   * Reads, checks and decrypts an envelope given as JSON.
   *
   * @param envelopeJson the envelope JSON object
   * @return the payload
   * @throws GateDeliveryException as {@link #decrypt(GateDeliveryEnvelope)}
   */
  public GateDeliveryPayload decrypt(String envelopeJson) {
    return observed(
        () ->
            DeliveryCipher.decrypt(
                privateKey,
                keyId(),
                DeliveryFields.envelope(
                    GateDelivery.readJson(
                        envelopeJson.getBytes(StandardCharsets.UTF_8),
                        Reason.INVALID_ENVELOPE,
                        "encrypted_delivery"))));
  }

  /**
   * The listener that this key pair tells about each envelope it opens; {@link
   * VerificationListener#NONE} unless one was set with {@link #withListener}.
   *
   * @return the listener
   */
  public VerificationListener listener() {
    return listener;
  }

  /**
   * This key pair with a listener told about each envelope {@link #decrypt(GateDeliveryEnvelope)}
   * opens, as {@link GateVerificationKinds#DELIVERY}: verified, or rejected with the name of the
   * {@link GateDeliveryException.Reason}; never the envelope, the outputs or a key.
   *
   * @param listener the listener; {@link VerificationListener#NONE} for none
   * @return a key pair with the same keys and that listener
   */
  public GateDeliveryKeyPair withListener(VerificationListener listener) {
    return new GateDeliveryKeyPair(this, Objects.requireNonNull(listener, "listener"));
  }

  private GateDeliveryPayload observed(Supplier<GateDeliveryPayload> open) {
    VerificationListener.Verification verification =
        Observed.start(listener, GateVerificationKinds.DELIVERY);
    GateDeliveryPayload payload;
    try {
      payload = open.get();
    } catch (RuntimeException e) {
      Observed.end(verification, GateApprovedWebhook.rejected(GateVerificationKinds.DELIVERY, e));
      throw e;
    }
    Observed.end(verification, VerificationOutcome.verified(GateVerificationKinds.DELIVERY));
    return payload;
  }

  /** Shows the key id, never the private key. */
  @Override
  public String toString() {
    return "GateDeliveryKeyPair{keyId=" + keyId() + ", privateKey=[REDACTED]}";
  }

  private static GateDeliveryException keyError(String message) {
    return new GateDeliveryException(Reason.INVALID_PRIVATE_KEY, message);
  }
}
