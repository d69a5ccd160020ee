package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.model.ServiceGeneration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gate delivery written by hand on the JCA alone, the floor that {@link GateDeliveryBenchmark}
 * measures the SDK against: X25519 {@code KeyAgreement}, HKDF-SHA256 (RFC 5869) as two HMACs on
 * {@code Mac}, AES-256-GCM on {@code Cipher}, base64url without padding, Jackson for the payload.
 * Every algorithm is looked up by name, so the JVM's preferred provider serves it (the JDK's, or
 * Bouncy Castle's when it is registered first).
 */
public final class GateDeliveryFloor {

  // The info GateDelivery encrypts with, and tries first when it decrypts: the current generation's.
  private static final byte[] INFO =
      ServiceGeneration.CURRENT.gateDeliveryInfo().getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00
  };
  private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
  private static final Base64.Encoder BASE64URL_NO_PAD = Base64.getUrlEncoder().withoutPadding();

  private final ObjectMapper mapper = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();

  /** The fields of an envelope as JSON carries them, base64url strings. */
  public static final class Envelope {
    final String ephemeralPublicKey;
    final String salt;
    final String iv;
    final String ciphertext;
    final String tag;

    /**
     * An envelope's binary fields.
     *
     * @param ephemeralPublicKey raw X25519 key, base64url
     * @param salt HKDF salt, base64url
     * @param iv AES-GCM IV, base64url
     * @param ciphertext AES-GCM ciphertext, base64url
     * @param tag AES-GCM tag, base64url
     */
    public Envelope(String ephemeralPublicKey, String salt, String iv, String ciphertext, String tag) {
      this.ephemeralPublicKey = ephemeralPublicKey;
      this.salt = salt;
      this.iv = iv;
      this.ciphertext = ciphertext;
      this.tag = tag;
    }
  }

  /**
   * Reads a base64url PKCS#8 X25519 private key.
   *
   * @param pkcs8 the encoded key
   * @return the key
   * @throws GeneralSecurityException when it is not an X25519 key
   */
  public static PrivateKey privateKey(String pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("XDH").generatePrivate(new PKCS8EncodedKeySpec(BASE64URL.decode(pkcs8)));
  }

  /**
   * Decrypts an envelope and reads its payload.
   *
   * @param privateKey the recipient's key
   * @param envelope the envelope
   * @return the payload as a tree
   * @throws GeneralSecurityException when it does not authenticate
   * @throws IOException when the plaintext is not JSON
   */
  public JsonNode decrypt(PrivateKey privateKey, Envelope envelope)
      throws GeneralSecurityException, IOException {
    byte[] shared = agree(privateKey, publicKey(BASE64URL.decode(envelope.ephemeralPublicKey)));
    byte[] key = hkdf(shared, BASE64URL.decode(envelope.salt));
    byte[] ciphertext = BASE64URL.decode(envelope.ciphertext);
    byte[] tag = BASE64URL.decode(envelope.tag);
    byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
    System.arraycopy(tag, 0, sealed, ciphertext.length, tag.length);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, BASE64URL.decode(envelope.iv)));
    return mapper.readTree(cipher.doFinal(sealed));
  }

  /**
   * Encrypts a payload to a recipient with a fresh ephemeral key, salt and IV.
   *
   * @param recipientPublicKey the recipient's raw X25519 key, base64url
   * @param payload the payload, written as compact JSON
   * @return the envelope's binary fields
   * @throws GeneralSecurityException when an algorithm is missing
   * @throws IOException when the payload cannot be written
   */
  public Envelope encrypt(String recipientPublicKey, JsonNode payload)
      throws GeneralSecurityException, IOException {
    KeyPair ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
    byte[] shared = agree(ephemeral.getPrivate(), publicKey(BASE64URL.decode(recipientPublicKey)));
    byte[] salt = new byte[32];
    byte[] iv = new byte[12];
    random.nextBytes(salt);
    random.nextBytes(iv);
    byte[] key = hkdf(shared, salt);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
    byte[] sealed = cipher.doFinal(mapper.writeValueAsBytes(payload));
    byte[] encodedPublic = ephemeral.getPublic().getEncoded();
    int tagAt = sealed.length - 16;
    return new Envelope(
        BASE64URL_NO_PAD.encodeToString(Arrays.copyOfRange(encodedPublic, encodedPublic.length - 32, encodedPublic.length)),
        BASE64URL_NO_PAD.encodeToString(salt),
        BASE64URL_NO_PAD.encodeToString(iv),
        BASE64URL_NO_PAD.encodeToString(Arrays.copyOf(sealed, tagAt)),
        BASE64URL_NO_PAD.encodeToString(Arrays.copyOfRange(sealed, tagAt, sealed.length)));
  }

  private static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
    return KeyFactory.getInstance("XDH").generatePublic(new X509EncodedKeySpec(spki));
  }

  private static byte[] agree(PrivateKey privateKey, PublicKey peer) throws GeneralSecurityException {
    KeyAgreement agreement = KeyAgreement.getInstance("X25519");
    agreement.init(privateKey);
    agreement.doPhase(peer, true);
    return agreement.generateSecret();
  }

  /** HKDF-SHA256 to 32 bytes: PRK = HMAC(salt, IKM); OKM = HMAC(PRK, info || 0x01). */
  private static byte[] hkdf(byte[] inputKeyMaterial, byte[] salt) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(inputKeyMaterial);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    mac.update(INFO);
    mac.update((byte) 1);
    return mac.doFinal();
  }
}
