package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.model.ServiceGeneration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * Gate delivery written by hand on Bouncy Castle's lightweight API, no JCA provider involved:
 * {@code X25519Agreement}, {@code HKDFBytesGenerator}, AES {@code GCMBlockCipher}. The second
 * floor of {@link GateDeliveryBcLightweightBenchmark}, to compare Bouncy Castle's primitives with
 * the JDK's ({@link GateDeliveryFloor}) on the same work.
 */
public final class GateDeliveryBcFloor {

  // The info GateDelivery encrypts with, and tries first when it decrypts: the current generation's.
  private static final byte[] INFO =
      ServiceGeneration.CURRENT.gateDeliveryInfo().getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
  private static final Base64.Encoder BASE64URL_NO_PAD = Base64.getUrlEncoder().withoutPadding();

  private final ObjectMapper mapper = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();

  /**
   * Reads a base64url PKCS#8 X25519 private key.
   *
   * @param pkcs8 the encoded key
   * @return the key
   * @throws IOException when it is not an X25519 key
   */
  public static X25519PrivateKeyParameters privateKey(String pkcs8) throws IOException {
    Object key = PrivateKeyFactory.createKey(BASE64URL.decode(pkcs8));
    if (!(key instanceof X25519PrivateKeyParameters)) {
      throw new IOException("Not an X25519 private key");
    }
    return (X25519PrivateKeyParameters) key;
  }

  /**
   * Decrypts an envelope and reads its payload.
   *
   * @param privateKey the recipient's key
   * @param envelope the envelope
   * @return the payload as a tree
   * @throws InvalidCipherTextException when it does not authenticate
   * @throws IOException when the plaintext is not JSON
   */
  public JsonNode decrypt(X25519PrivateKeyParameters privateKey, GateDeliveryFloor.Envelope envelope)
      throws InvalidCipherTextException, IOException {
    byte[] shared = agree(privateKey, BASE64URL.decode(envelope.ephemeralPublicKey));
    byte[] key = hkdf(shared, BASE64URL.decode(envelope.salt));
    byte[] ciphertext = BASE64URL.decode(envelope.ciphertext);
    byte[] tag = BASE64URL.decode(envelope.tag);
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(false, new AEADParameters(new KeyParameter(key), 128, BASE64URL.decode(envelope.iv)));
    byte[] plaintext = new byte[gcm.getOutputSize(ciphertext.length + tag.length)];
    int length = gcm.processBytes(ciphertext, 0, ciphertext.length, plaintext, 0);
    length += gcm.processBytes(tag, 0, tag.length, plaintext, length);
    length += gcm.doFinal(plaintext, length);
    return mapper.readTree(plaintext, 0, length);
  }

  /**
   * Encrypts a payload to a recipient with a fresh ephemeral key, salt and IV.
   *
   * @param recipientPublicKey the recipient's raw X25519 key, base64url
   * @param payload the payload, written as compact JSON
   * @return the envelope's binary fields
   * @throws InvalidCipherTextException never when encrypting
   * @throws IOException when the payload cannot be written
   */
  public GateDeliveryFloor.Envelope encrypt(String recipientPublicKey, JsonNode payload)
      throws InvalidCipherTextException, IOException {
    X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
    byte[] shared = agree(ephemeral, BASE64URL.decode(recipientPublicKey));
    byte[] salt = new byte[32];
    byte[] iv = new byte[12];
    random.nextBytes(salt);
    random.nextBytes(iv);
    byte[] key = hkdf(shared, salt);
    byte[] plaintext = mapper.writeValueAsBytes(payload);
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(true, new AEADParameters(new KeyParameter(key), 128, iv));
    byte[] sealed = new byte[gcm.getOutputSize(plaintext.length)];
    int length = gcm.processBytes(plaintext, 0, plaintext.length, sealed, 0);
    length += gcm.doFinal(sealed, length);
    int tagAt = length - 16;
    return new GateDeliveryFloor.Envelope(
        BASE64URL_NO_PAD.encodeToString(ephemeral.generatePublicKey().getEncoded()),
        BASE64URL_NO_PAD.encodeToString(salt),
        BASE64URL_NO_PAD.encodeToString(iv),
        BASE64URL_NO_PAD.encodeToString(Arrays.copyOf(sealed, tagAt)),
        BASE64URL_NO_PAD.encodeToString(Arrays.copyOfRange(sealed, tagAt, length)));
  }

  private static byte[] agree(X25519PrivateKeyParameters privateKey, byte[] peer) {
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(privateKey);
    byte[] shared = new byte[agreement.getAgreementSize()];
    agreement.calculateAgreement(new X25519PublicKeyParameters(peer, 0), shared, 0);
    return shared;
  }

  private static byte[] hkdf(byte[] inputKeyMaterial, byte[] salt) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(inputKeyMaterial, salt, INFO));
    byte[] key = new byte[32];
    hkdf.generateBytes(key, 0, key.length);
    return key;
  }
}
