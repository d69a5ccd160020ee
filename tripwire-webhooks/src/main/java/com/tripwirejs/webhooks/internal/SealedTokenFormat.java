package com.tripwirejs.webhooks.internal;

import java.nio.charset.StandardCharsets;

/**
 * The byte layout of sealed tokens, shared by the verifier and the test-token minting.
 *
 * <p>Version 1: {@code version (1) | nonce (12) | ciphertext | tag (16)}, no associated data.
 *
 * <p>Version 2: {@code version (1) | recipient_count (u16 BE, 1..256) | payload_nonce (12) |
 * payload_ciphertext_length (u32 BE) | payload_ciphertext | payload_tag (16)}, then {@code
 * recipient_count} entries of {@code recipient_id (32) | wrap_nonce (12) | wrapped_content_key (32)
 * | wrap_tag (16)}. The payload's associated data is {@code "foil-sealed-results-v2\0payload\0"},
 * the 19 header bytes and every recipient id in encoded order; a wrapped key's is {@code
 * "foil-sealed-results-v2\0recipient\0"} and its recipient id.
 */
public final class SealedTokenFormat {

  /** The version byte of single-recipient tokens. */
  public static final int VERSION_1 = 0x01;

  /** The version byte of multi-recipient tokens. */
  public static final int VERSION_2 = 0x02;

  /** Version 1: the bytes besides the ciphertext (version, nonce, tag). */
  public static final int V1_OVERHEAD = 1 + AesGcm.IV_BYTES + AesGcm.TAG_BYTES;

  /** Version 2: offset of the payload nonce. */
  public static final int V2_NONCE_OFFSET = 3;

  /** Version 2: offset of the payload ciphertext length. */
  public static final int V2_LENGTH_OFFSET = V2_NONCE_OFFSET + AesGcm.IV_BYTES;

  /** Version 2: the header, version through payload ciphertext length (19 bytes). */
  public static final int V2_HEADER_BYTES = V2_LENGTH_OFFSET + 4;

  /** Version 2: the fewest recipients. */
  public static final int MIN_RECIPIENTS = 1;

  /** Version 2: the most recipients. */
  public static final int MAX_RECIPIENTS = 256;

  /** Version 2: the length of the content key. */
  public static final int CONTENT_KEY_BYTES = 32;

  /** Version 2: offset of the wrap nonce within an entry. */
  public static final int ENTRY_NONCE_OFFSET = SealedTokenKeys.RECIPIENT_ID_BYTES;

  /** Version 2: offset of the wrapped content key (and its tag) within an entry. */
  public static final int ENTRY_WRAPPED_OFFSET = ENTRY_NONCE_OFFSET + AesGcm.IV_BYTES;

  /** Version 2: the length of one recipient entry (92 bytes). */
  public static final int ENTRY_BYTES = ENTRY_WRAPPED_OFFSET + CONTENT_KEY_BYTES + AesGcm.TAG_BYTES;

  private static final byte[] PAYLOAD_AAD_PREFIX =
      "foil-sealed-results-v2\0payload\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RECIPIENT_AAD_PREFIX =
      "foil-sealed-results-v2\0recipient\0".getBytes(StandardCharsets.US_ASCII);

  private SealedTokenFormat() {}

  /**
   * The associated data of a wrapped content key.
   *
   * @param recipientId the entry's 32-byte recipient id
   * @return {@code "foil-sealed-results-v2\0recipient\0" || recipientId}
   */
  public static byte[] recipientAad(byte[] recipientId) {
    byte[] aad = new byte[RECIPIENT_AAD_PREFIX.length + recipientId.length];
    System.arraycopy(RECIPIENT_AAD_PREFIX, 0, aad, 0, RECIPIENT_AAD_PREFIX.length);
    System.arraycopy(recipientId, 0, aad, RECIPIENT_AAD_PREFIX.length, recipientId.length);
    return aad;
  }

  /**
   * The associated data of the payload, read from a token whose layout has been checked.
   *
   * @param token the token's bytes
   * @param entriesOffset where the first recipient entry starts
   * @param count the number of recipient entries
   * @return {@code "foil-sealed-results-v2\0payload\0" || header || recipient ids}
   */
  public static byte[] payloadAad(byte[] token, int entriesOffset, int count) {
    int prefix = PAYLOAD_AAD_PREFIX.length;
    byte[] aad = new byte[prefix + V2_HEADER_BYTES + count * SealedTokenKeys.RECIPIENT_ID_BYTES];
    System.arraycopy(PAYLOAD_AAD_PREFIX, 0, aad, 0, prefix);
    System.arraycopy(token, 0, aad, prefix, V2_HEADER_BYTES);
    int at = prefix + V2_HEADER_BYTES;
    for (int i = 0, entry = entriesOffset; i < count; i++, entry += ENTRY_BYTES) {
      System.arraycopy(token, entry, aad, at, SealedTokenKeys.RECIPIENT_ID_BYTES);
      at += SealedTokenKeys.RECIPIENT_ID_BYTES;
    }
    return aad;
  }
}
