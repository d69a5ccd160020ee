package com.tripwirejs.gate.delivery;

import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.testing.IndependentCrypto;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * The Gate delivery scheme written a second time for the tests, from primitives production code
 * does not use for them: Bouncy Castle's X25519 and AES-GCM, HKDF from the JDK's HMAC.
 */
public final class IndependentGate {


  private IndependentGate() {}

  /** Encrypts any plaintext to a delivery request, as Foil does. */
  public static GateDeliveryEnvelope encrypt(GateDeliveryRequest delivery, byte[] plaintext) {
    return encrypt(delivery, plaintext, ServiceGeneration.FOIL);
  }

  /** Encrypts any plaintext to a delivery request with a generation's HKDF info. */
  public static GateDeliveryEnvelope encrypt(
      GateDeliveryRequest delivery, byte[] plaintext, ServiceGeneration generation) {
    return encrypt(delivery, plaintext, info(generation));
  }

  /** Encrypts any plaintext to a delivery request with any HKDF info. */
  public static GateDeliveryEnvelope encrypt(GateDeliveryRequest delivery, byte[] plaintext, byte[] info) {
    X25519PrivateKeyParameters ephemeral = IndependentCrypto.x25519PrivateKey();
    byte[] shared = IndependentCrypto.x25519(ephemeral, decode(delivery.publicKey()));
    byte[] salt = IndependentCrypto.random(32);
    byte[] iv = IndependentCrypto.random(12);
    byte[] key = IndependentCrypto.hkdfWithJdkHmac(shared, salt, info, 32);
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

  /** Decrypts an envelope that Foil's info encrypted with a raw X25519 private key. */
  public static byte[] decrypt(byte[] rawPrivateKey, GateDeliveryEnvelope envelope) {
    return decrypt(rawPrivateKey, envelope, ServiceGeneration.FOIL);
  }

  /** Decrypts an envelope with a raw X25519 private key and a generation's info. */
  public static byte[] decrypt(
      byte[] rawPrivateKey, GateDeliveryEnvelope envelope, ServiceGeneration generation) {
    byte[] shared =
        IndependentCrypto.x25519(
            new X25519PrivateKeyParameters(rawPrivateKey, 0), decode(envelope.ephemeralPublicKey()));
    byte[] key =
        IndependentCrypto.hkdfWithJdkHmac(shared, decode(envelope.salt()), info(generation), 32);
    byte[] ciphertext = decode(envelope.ciphertext());
    byte[] tag = decode(envelope.tag());
    byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
    System.arraycopy(tag, 0, sealed, ciphertext.length, tag.length);
    return IndependentCrypto.aesGcmDecrypt(key, decode(envelope.iv()), sealed);
  }

  /** The raw X25519 private key of a key pair, read from its PKCS#8 export. */
  public static byte[] rawPrivateKey(GateDeliveryKeyPair keys) {
    PrivateKeyInfo info =
        PrivateKeyInfo.getInstance(Base64.getUrlDecoder().decode(keys.exportPkcs8().reveal()));
    try {
      return ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] info(ServiceGeneration generation) {
    return generation.gateDeliveryInfo().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] decode(String base64Url) {
    return Base64.getUrlDecoder().decode(base64Url);
  }

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
