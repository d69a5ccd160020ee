package com.tripwirejs.testing;

import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.SealedTokenKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * Mints sealed tokens, the encrypted session verification that the browser SDK hands to a
 * server, for a test's own secret key and payload: the counterpart of {@code
 * SealedTokenVerifier}, for tests of code that verifies tokens.
 */
public final class SealedTokens {
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
    byte[] nonce = new byte[AesGcm.IV_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = AesGcm.encrypt(SealedTokenKeys.derive(secretKey), nonce, compressed);
    byte[] token = new byte[1 + nonce.length + sealed.length];
    token[0] = 1;
    System.arraycopy(nonce, 0, token, 1, nonce.length);
    System.arraycopy(sealed, 0, token, 1 + nonce.length, sealed.length);
    return Base64.getEncoder().encodeToString(token);
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
