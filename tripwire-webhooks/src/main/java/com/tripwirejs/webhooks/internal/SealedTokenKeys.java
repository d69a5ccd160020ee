package com.tripwirejs.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES key of sealed tokens, derived from an organization's secret key: a secret of 64 hex
 * digits is already the SHA-256 hex of the key (lowercased), any other secret is hashed to it; the
 * AES key is the SHA-256 of that hex followed by {@code "\0sealed-results"}.
 */
public final class SealedTokenKeys {

  private static final byte[] KEY_CONTEXT = "\0sealed-results".getBytes(StandardCharsets.US_ASCII);

  private SealedTokenKeys() {}

  /**
   * Derives the AES-256 key for a secret.
   *
   * @param secret the secret key, or the SHA-256 hex of it
   * @return the AES key
   */
  public static SecretKeySpec derive(String secret) {
    MessageDigest sha256 = sha256();
    String normalized =
        Encodings.isHex(secret, 64)
            ? secret.toLowerCase(Locale.ROOT)
            : Encodings.hex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    sha256.update(normalized.getBytes(StandardCharsets.US_ASCII));
    sha256.update(KEY_CONTEXT);
    byte[] key = sha256.digest();
    try {
      return AesGcm.key(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
