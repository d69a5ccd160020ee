package com.tripwirejs.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * What sealed tokens derive from an organization's secret key. The secret is first normalised: a
 * secret of 64 hex digits is already the SHA-256 hex of the key (lowercased), any other secret is
 * hashed to it. The AES key is the SHA-256 of that hex followed by {@code "\0sealed-results"}; the
 * version 2 recipient id is the SHA-256 of it followed by {@code "\0sealed-results-recipient-id"}.
 */
public final class SealedTokenKeys {

  private static final byte[] KEY_CONTEXT = "\0sealed-results".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RECIPIENT_ID_CONTEXT =
      "\0sealed-results-recipient-id".getBytes(StandardCharsets.US_ASCII);

  /** The length of a recipient id, in bytes. */
  public static final int RECIPIENT_ID_BYTES = 32;

  private SealedTokenKeys() {}

  /**
   * Derives the AES-256 key for a secret.
   *
   * @param secret the secret key, or the SHA-256 hex of it
   * @return the AES key
   */
  public static SecretKeySpec derive(String secret) {
    byte[] key = digest(secret, KEY_CONTEXT);
    try {
      return AesGcm.key(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * The version 2 recipient id of a secret: the id under which a token carries the content key
   * wrapped for that secret.
   *
   * @param secret the secret key, or the SHA-256 hex of it
   * @return the 32-byte recipient id
   */
  public static byte[] recipientId(String secret) {
    return digest(secret, RECIPIENT_ID_CONTEXT);
  }

  private static byte[] digest(String secret, byte[] context) {
    MessageDigest sha256 = sha256();
    String normalized =
        Encodings.isHex(secret, 64)
            ? secret.toLowerCase(Locale.ROOT)
            : Encodings.hex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    sha256.update(normalized.getBytes(StandardCharsets.US_ASCII));
    sha256.update(context);
    return sha256.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
