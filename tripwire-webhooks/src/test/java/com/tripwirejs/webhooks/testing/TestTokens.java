package com.tripwirejs.webhooks.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.zip.Deflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals tokens the way the Foil server does, with an implementation of the tests' own: the key
 * derivation from Bouncy Castle's SHA-256; version 1 with AES-GCM from Bouncy Castle; version 2
 * laid out here from {@code sealed-token.md} with the JCA's AES-GCM; compression from the JDK's
 * {@link Deflater} or from {@link IndependentCrypto#zlibStored(byte[])}.
 */
public final class TestTokens {

  private TestTokens() {}

  /** The AES key for a secret key or its hash, derived as the contract says. */
  public static byte[] key(String secretKeyOrHash) {
    return IndependentCrypto.sha256((normalized(secretKeyOrHash) + "\0sealed-results").getBytes(StandardCharsets.UTF_8));
  }

  /** The version 2 recipient id of a secret key or its hash, derived as the contract says. */
  public static byte[] recipientId(String secretKeyOrHash) {
    return IndependentCrypto.sha256(
        (normalized(secretKeyOrHash) + "\0sealed-results-recipient-id").getBytes(StandardCharsets.UTF_8));
  }

  private static String normalized(String secretKeyOrHash) {
    return secretKeyOrHash.matches("[0-9a-fA-F]{64}")
        ? secretKeyOrHash.toLowerCase(Locale.ROOT)
        : HexFormat.of().formatHex(IndependentCrypto.sha256(IndependentCrypto.utf8(secretKeyOrHash)));
  }

  /** A version 2 recipient: its id and its token key. */
  public record Recipient(byte[] id, byte[] tokenKey) {
    /** The recipient of a secret key or its hash. */
    public static Recipient of(String secretKeyOrHash) {
      return new Recipient(recipientId(secretKeyOrHash), key(secretKeyOrHash));
    }
  }

  /** A version 2 token of JSON for these secret keys, in this order. */
  public static String sealV2(List<String> secretKeys, String json) {
    return base64(sealV2Bytes(secretKeys.stream().map(Recipient::of).toList(), deflate(IndependentCrypto.utf8(json))));
  }

  /** A version 2 token whose plaintext is {@code compressed} as given, with a fresh content key. */
  public static byte[] sealV2Bytes(List<Recipient> recipients, byte[] compressed) {
    return sealV2Bytes(recipients, compressed, IndependentCrypto.random(32));
  }

  /**
   * A version 2 token, laid out as {@code sealed-token.md} says: header, payload ciphertext and tag,
   * then one entry per recipient with {@code contentKey} wrapped under the recipient's key. Any
   * number of recipients and any content key length are written as given, so that tests can build
   * what the contract forbids.
   */
  public static byte[] sealV2Bytes(List<Recipient> recipients, byte[] compressed, byte[] contentKey) {
    return sealV2Bytes(recipients, compressed, contentKey, IndependentCrypto::random);
  }

  /** {@link #sealV2Bytes(List, byte[], byte[])} with nonces of {@code nonces} (a length to bytes). */
  public static byte[] sealV2Bytes(
      List<Recipient> recipients, byte[] compressed, byte[] contentKey, IntFunction<byte[]> nonces) {
    byte[] nonce = nonces.apply(12);
    ByteBuffer header = ByteBuffer.allocate(19);
    header.put((byte) 2).putShort((short) recipients.size()).put(nonce).putInt(compressed.length);
    ByteArrayOutputStream aad = new ByteArrayOutputStream();
    aad.writeBytes("foil-sealed-results-v2".getBytes(StandardCharsets.UTF_8));
    aad.write(0);
    aad.writeBytes("payload".getBytes(StandardCharsets.UTF_8));
    aad.write(0);
    aad.writeBytes(header.array());
    for (Recipient recipient : recipients) {
      aad.writeBytes(recipient.id());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.array());
    out.writeBytes(jcaGcm(contentKey, nonce, aad.toByteArray(), compressed));
    for (Recipient recipient : recipients) {
      byte[] wrapNonce = nonces.apply(12);
      ByteArrayOutputStream wrapAad = new ByteArrayOutputStream();
      wrapAad.writeBytes("foil-sealed-results-v2".getBytes(StandardCharsets.UTF_8));
      wrapAad.write(0);
      wrapAad.writeBytes("recipient".getBytes(StandardCharsets.UTF_8));
      wrapAad.write(0);
      wrapAad.writeBytes(recipient.id());
      out.writeBytes(recipient.id());
      out.writeBytes(wrapNonce);
      out.writeBytes(jcaGcm(recipient.tokenKey(), wrapNonce, wrapAad.toByteArray(), contentKey));
    }
    return out.toByteArray();
  }

  /** Standard base64 with padding. */
  public static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** AES-GCM encryption with associated data from the JCA: ciphertext followed by the tag. */
  private static byte[] jcaGcm(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(aad);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A token of JSON, deflated by the JDK. */
  public static String seal(String secretKey, String json) {
    return sealCompressed(secretKey, deflate(IndependentCrypto.utf8(json)));
  }

  /** A token whose plaintext is {@code compressed} as given, valid zlib or not. */
  public static String sealCompressed(String secretKey, byte[] compressed) {
    return sealCompressed(1, key(secretKey), IndependentCrypto.random(12), compressed);
  }

  /** A token of any version, key, nonce and plaintext. */
  public static String sealCompressed(int version, byte[] key, byte[] nonce, byte[] compressed) {
    byte[] sealed = IndependentCrypto.aesGcmEncrypt(key, nonce, compressed);
    byte[] token = new byte[1 + nonce.length + sealed.length];
    token[0] = (byte) version;
    System.arraycopy(nonce, 0, token, 1, nonce.length);
    System.arraycopy(sealed, 0, token, 1 + nonce.length, sealed.length);
    return Base64.getEncoder().encodeToString(token);
  }

  /** zlib compression by the JDK. */
  public static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buffer = new byte[Math.max(64, data.length / 2)];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
