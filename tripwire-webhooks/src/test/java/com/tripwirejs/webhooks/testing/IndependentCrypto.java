package com.tripwirejs.webhooks.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Adler32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Second implementations of the primitives, written for the tests from the RFCs and from the
 * library that production code does not use for that primitive: Bouncy Castle where production
 * uses the JDK (X25519, AES-GCM, SHA-256, HMAC), the JDK's HMAC where production uses Bouncy
 * Castle (HKDF), and a zlib writer of its own.
 */
public final class IndependentCrypto {

  private static final SecureRandom RANDOM = new SecureRandom();

  private IndependentCrypto() {}

  /** HKDF-SHA256 (RFC 5869) from the JDK's HmacSHA256 alone. */
  public static byte[] hkdfWithJdkHmac(byte[] ikm, byte[] salt, byte[] info, int length) {
    try {
      Mac extract = Mac.getInstance("HmacSHA256");
      extract.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
      byte[] prk = extract.doFinal(ikm);
      Mac expand = Mac.getInstance("HmacSHA256");
      expand.init(new SecretKeySpec(prk, "HmacSHA256"));
      byte[] out = new byte[length];
      byte[] previous = new byte[0];
      for (int block = 1, written = 0; written < length; block++) {
        expand.update(previous);
        expand.update(info);
        expand.update((byte) block);
        previous = expand.doFinal();
        int n = Math.min(previous.length, length - written);
        System.arraycopy(previous, 0, out, written, n);
        written += n;
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** SHA-256 from Bouncy Castle. */
  public static byte[] sha256(byte[] data) {
    SHA256Digest digest = new SHA256Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  /** HMAC-SHA256 from Bouncy Castle. */
  public static byte[] hmacSha256(byte[] key, byte[] data) {
    HMac mac = new HMac(new SHA256Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[32];
    mac.doFinal(out, 0);
    return out;
  }

  /** AES-GCM encryption from Bouncy Castle: ciphertext followed by the 16-byte tag. */
  public static byte[] aesGcmEncrypt(byte[] key, byte[] iv, byte[] plaintext) {
    return aesGcm(true, key, iv, plaintext);
  }

  /** AES-GCM decryption from Bouncy Castle of ciphertext followed by its tag. */
  public static byte[] aesGcmDecrypt(byte[] key, byte[] iv, byte[] sealed) {
    return aesGcm(false, key, iv, sealed);
  }

  private static byte[] aesGcm(boolean encrypt, byte[] key, byte[] iv, byte[] input) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(key), 128, iv));
    byte[] out = new byte[gcm.getOutputSize(input.length)];
    int n = gcm.processBytes(input, 0, input.length, out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalArgumentException("GCM tag mismatch", e);
    }
    return Arrays.copyOf(out, n);
  }

  /** A Bouncy Castle X25519 private key from fresh randomness. */
  public static X25519PrivateKeyParameters x25519PrivateKey() {
    return new X25519PrivateKeyParameters(RANDOM);
  }

  /** X25519 agreement from Bouncy Castle. */
  public static byte[] x25519(X25519PrivateKeyParameters privateKey, byte[] peerPublicKey) {
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(privateKey);
    byte[] out = new byte[agreement.getAgreementSize()];
    agreement.calculateAgreement(new X25519PublicKeyParameters(peerPublicKey, 0), out, 0);
    return out;
  }

  /** Random bytes. */
  public static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /**
   * A zlib stream (RFC 1950) of stored, uncompressed deflate blocks (RFC 1951 section 3.2.4):
   * valid zlib written without the JDK's or zlib's compressor.
   */
  public static byte[] zlibStored(byte[] data) {
    int blocks = Math.max(1, (data.length + 65534) / 65535);
    ByteBuffer out = ByteBuffer.allocate(2 + data.length + blocks * 5 + 4);
    out.put((byte) 0x78).put((byte) 0x01);
    int offset = 0;
    do {
      int length = Math.min(65535, data.length - offset);
      boolean last = offset + length == data.length;
      out.put((byte) (last ? 1 : 0));
      out.put((byte) length).put((byte) (length >>> 8));
      out.put((byte) ~length).put((byte) (~length >>> 8));
      out.put(data, offset, length);
      offset += length;
    } while (offset < data.length);
    Adler32 adler = new Adler32();
    adler.update(data);
    out.putInt((int) adler.getValue());
    return out.array();
  }

  /** Hex to bytes. */
  public static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  /** UTF-8 bytes. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
