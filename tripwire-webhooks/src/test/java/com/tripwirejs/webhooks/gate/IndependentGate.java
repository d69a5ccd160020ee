package com.tripwirejs.webhooks.gate;

import com.tripwirejs.model.gate.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.gate.delivery.GateDeliveryRequest;
import com.tripwirejs.webhooks.testing.IndependentCrypto;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * The Gate delivery scheme written a second time for the tests, from primitives production code
 * does not use for them: Bouncy Castle's X25519 and AES-GCM, HKDF from the JDK's HMAC.
 */
public final class IndependentGate {

  static final byte[] INFO = "tripwire-gate-delivery:v1".getBytes(StandardCharsets.UTF_8);

  private IndependentGate() {}

  /** Encrypts any plaintext to a delivery request. */
  public static GateDeliveryEnvelope encrypt(GateDeliveryRequest delivery, byte[] plaintext) {
    X25519PrivateKeyParameters ephemeral = IndependentCrypto.x25519PrivateKey();
    byte[] shared = IndependentCrypto.x25519(ephemeral, decode(delivery.publicKey()));
    byte[] salt = IndependentCrypto.random(32);
    byte[] iv = IndependentCrypto.random(12);
    byte[] key = IndependentCrypto.hkdfWithJdkHmac(shared, salt, INFO, 32);
    byte[] sealed = IndependentCrypto.aesGcmEncrypt(key, iv, plaintext);
    return GateDeliveryEnvelope.builder()
        .keyId(delivery.keyId())
        .ephemeralPublicKey(encode(ephemeral.generatePublicKey().getEncoded()))
        .salt(encode(salt))
        .iv(encode(iv))
        .ciphertext(encode(Arrays.copyOf(sealed, sealed.length - 16)))
        .tag(encode(Arrays.copyOfRange(sealed, sealed.length - 16, sealed.length)))
        .build();
  }

  /** Decrypts an envelope with a raw X25519 private key, returning the plaintext. */
  public static byte[] decrypt(byte[] rawPrivateKey, GateDeliveryEnvelope envelope) {
    byte[] shared =
        IndependentCrypto.x25519(
            new X25519PrivateKeyParameters(rawPrivateKey, 0), decode(envelope.ephemeralPublicKey()));
    byte[] key = IndependentCrypto.hkdfWithJdkHmac(shared, decode(envelope.salt()), INFO, 32);
    byte[] ciphertext = decode(envelope.ciphertext());
    byte[] tag = decode(envelope.tag());
    byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
    System.arraycopy(tag, 0, sealed, ciphertext.length, tag.length);
    return IndependentCrypto.aesGcmDecrypt(key, decode(envelope.iv()), sealed);
  }

  static byte[] decode(String base64Url) {
    return Base64.getUrlDecoder().decode(base64Url);
  }

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
