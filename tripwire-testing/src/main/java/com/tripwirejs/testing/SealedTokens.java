package com.tripwirejs.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints sealed tokens, the encrypted session verification that the browser SDK hands to a
 * server, for a test's own secret key and payload: the counterpart of {@code
 * SealedTokenVerifier}, for tests of code that verifies tokens.
 */
public final class SealedTokens {
  private static final Pattern SECRET_HASH = Pattern.compile("[0-9a-fA-F]{64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SealedTokens() {}

  /**
   * Seals {@code payloadJson} for {@code secretKey}: zlib-compressed, AES-256-GCM with a fresh
   * nonce, version byte 1, standard base64.
   *
   * @param secretKey the secret key (or its SHA-256 hex) the verifier will use
   * @param payloadJson the payload, normally a {@code session_verification} JSON object
   * @return the sealed token
   * @throws IllegalArgumentException if {@code secretKey} is blank
   */
  public static String seal(String secretKey, String payloadJson) {
    if (secretKey == null || secretKey.isBlank()) {
      throw new IllegalArgumentException("secretKey must not be blank: pass the key the verifier uses");
    }
    byte[] compressed = deflate(payloadJson.getBytes(StandardCharsets.UTF_8));
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(secretKey), "AES"), new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(compressed);
      byte[] token = new byte[1 + nonce.length + sealed.length];
      token[0] = 1;
      System.arraycopy(nonce, 0, token, 1, nonce.length);
      System.arraycopy(sealed, 0, token, 1 + nonce.length, sealed.length);
      return Base64.getEncoder().encodeToString(token);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM lacks AES-GCM, which every Java 17 JVM has", e);
    }
  }

  /** AES key = SHA-256(normalised secret + "\0sealed-results"), as the contract defines it. */
  private static byte[] key(String secretKey) {
    String normalised =
        SECRET_HASH.matcher(secretKey).matches()
            ? secretKey.toLowerCase(Locale.ROOT)
            : HexFormat.of().formatHex(sha256(secretKey.getBytes(StandardCharsets.UTF_8)));
    return sha256((normalised + "\0sealed-results").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM lacks SHA-256, which every Java 17 JVM has", e);
    }
  }

  private static byte[] deflate(byte[] input) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
