package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sealed tokens written by hand with the JCA, as the contract lays them out: the floor that {@link
 * SealedTokenBenchmark} measures the SDK against, and the minting of the tokens it verifies.
 *
 * <p>Version 1: standard base64 of version {@code 0x01}, a 12-byte nonce, then AES-256-GCM
 * ciphertext and 16-byte tag, no associated data. Key: SHA-256 of the normalised secret followed by
 * {@code "\0sealed-results"}, where the normalised secret is a 64-character hex secret lower-cased,
 * or else the lowercase hex SHA-256 of the secret. Plaintext: zlib-compressed UTF-8 JSON.
 *
 * <p>Version 2 ({@code sealed-token.md}): version {@code 0x02}, recipient count (u16 BE), payload
 * nonce (12), payload ciphertext length (u32 BE), payload ciphertext and tag under a random content
 * key, then per recipient its id (SHA-256 of the normalised secret followed by {@code
 * "\0sealed-results-recipient-id"}), a wrap nonce and the content key wrapped under the version 1
 * key. The payload's associated data is {@code "foil-sealed-results-v2\0payload\0"}, the 19 header
 * bytes and every recipient id in order; a wrapped key's is {@code
 * "foil-sealed-results-v2\0recipient\0"} and its recipient id.
 */
public final class SealedTokenFloor {

  private static final byte[] CONTEXT = "\0sealed-results".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int MAX_PAYLOAD_BYTES = 1 << 20;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final byte[] RECIPIENT_CONTEXT =
      "\0sealed-results-recipient-id".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PAYLOAD_AAD =
      "foil-sealed-results-v2\0payload\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RECIPIENT_AAD =
      "foil-sealed-results-v2\0recipient\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_BYTES = 19;
  private static final int ENTRY_BYTES = 92;

  private final ObjectMapper mapper = new ObjectMapper();

  /** What a version 2 verifier keeps for one secret: its AES key and recipient id. */
  public record Recipient(SecretKeySpec key, byte[] id) {

    /**
     * Derives both from a secret.
     *
     * @param secret the secret key, or the hex SHA-256 of it
     * @return the recipient
     * @throws GeneralSecurityException when SHA-256 is missing
     */
    public static Recipient of(String secret) throws GeneralSecurityException {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(normalize(secret).getBytes(StandardCharsets.US_ASCII));
      sha256.update(RECIPIENT_CONTEXT);
      return new Recipient(deriveKey(secret), sha256.digest());
    }
  }

  private static String normalize(String secret) throws GeneralSecurityException {
    return secret.length() == 64 && secret.chars().allMatch(c -> Character.digit(c, 16) >= 0)
        ? secret.toLowerCase(Locale.ROOT)
        : hex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The AES key of a secret.
   *
   * @param secret the secret key, or the hex SHA-256 of it
   * @return the AES-256 key
   * @throws GeneralSecurityException when SHA-256 is missing
   */
  public static SecretKeySpec deriveKey(String secret) throws GeneralSecurityException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update(normalize(secret).getBytes(StandardCharsets.US_ASCII));
    sha256.update(CONTEXT);
    return new SecretKeySpec(sha256.digest(), "AES");
  }

  /**
   * Opens a token: base64, version and length checks, AES-GCM decrypt, bounded inflate, {@code
   * readTree}.
   *
   * @param key the AES key
   * @param token the token
   * @return the payload as a tree
   * @throws GeneralSecurityException when the token does not authenticate
   * @throws IOException when the token is malformed or its payload is not JSON
   */
  public JsonNode open(SecretKeySpec key, String token) throws GeneralSecurityException, IOException {
    byte[] bytes = Base64.getDecoder().decode(token);
    if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != 1) {
      throw new IOException("Not a version 1 sealed token");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
    byte[] compressed = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
    return inflateAndRead(compressed);
  }

  /**
   * Opens a version 2 token: base64, header and length checks, the recipient's entry found by id,
   * the content key unwrapped, the payload decrypted with the header and the ordered ids as
   * associated data, bounded inflate, {@code readTree}.
   *
   * @param recipient the verifier's key and recipient id
   * @param token the token
   * @return the payload as a tree
   * @throws GeneralSecurityException when the token does not authenticate
   * @throws IOException when the token is malformed, not for this recipient, or not JSON
   */
  public JsonNode openV2(Recipient recipient, String token) throws GeneralSecurityException, IOException {
    byte[] bytes = Base64.getDecoder().decode(token);
    if (bytes.length < HEADER_BYTES || bytes[0] != 2) {
      throw new IOException("Not a version 2 sealed token");
    }
    ByteBuffer header = ByteBuffer.wrap(bytes);
    int count = header.getShort(1) & 0xffff;
    long sealedLength = (header.getInt(15) & 0xffffffffL) + TAG_BITS / 8;
    if (count < 1 || count > 256 || HEADER_BYTES + sealedLength + (long) count * ENTRY_BYTES != bytes.length) {
      throw new IOException("Malformed version 2 sealed token");
    }
    int entries = HEADER_BYTES + (int) sealedLength;
    int entry = -1;
    for (int i = 0; i < count && entry < 0; i++) {
      int at = entries + i * ENTRY_BYTES;
      if (Arrays.equals(bytes, at, at + 32, recipient.id(), 0, 32)) {
        entry = at;
      }
    }
    if (entry < 0) {
      throw new IOException("No recipient entry for this key");
    }
    byte[] wrapAad = new byte[RECIPIENT_AAD.length + 32];
    System.arraycopy(RECIPIENT_AAD, 0, wrapAad, 0, RECIPIENT_AAD.length);
    System.arraycopy(recipient.id(), 0, wrapAad, RECIPIENT_AAD.length, 32);
    Cipher unwrap = Cipher.getInstance("AES/GCM/NoPadding");
    unwrap.init(Cipher.DECRYPT_MODE, recipient.key(), new GCMParameterSpec(TAG_BITS, bytes, entry + 32, NONCE_BYTES));
    unwrap.updateAAD(wrapAad);
    byte[] contentKey = unwrap.doFinal(bytes, entry + 44, 48);
    byte[] aad = new byte[PAYLOAD_AAD.length + HEADER_BYTES + count * 32];
    System.arraycopy(PAYLOAD_AAD, 0, aad, 0, PAYLOAD_AAD.length);
    System.arraycopy(bytes, 0, aad, PAYLOAD_AAD.length, HEADER_BYTES);
    for (int i = 0; i < count; i++) {
      System.arraycopy(bytes, entries + i * ENTRY_BYTES, aad, PAYLOAD_AAD.length + HEADER_BYTES + i * 32, 32);
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(TAG_BITS, bytes, 3, NONCE_BYTES));
    cipher.updateAAD(aad);
    return inflateAndRead(cipher.doFinal(bytes, HEADER_BYTES, (int) sealedLength));
  }

  private JsonNode inflateAndRead(byte[] compressed) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      byte[] out = new byte[Math.min(MAX_PAYLOAD_BYTES, Math.max(256, compressed.length * 4))];
      int length = 0;
      while (!inflater.finished()) {
        if (length == out.length) {
          if (out.length == MAX_PAYLOAD_BYTES) {
            throw new IOException("Payload too large");
          }
          out = Arrays.copyOf(out, Math.min(MAX_PAYLOAD_BYTES, out.length * 2));
        }
        int n = inflater.inflate(out, length, out.length - length);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("Truncated zlib stream");
        }
        length += n;
      }
      return mapper.readTree(out, 0, length);
    } catch (DataFormatException e) {
      throw new IOException("Not a zlib stream", e);
    } finally {
      inflater.end();
    }
  }

  /**
   * Seals a payload as the browser SDK does, with a random nonce.
   *
   * @param key the AES key
   * @param json the payload JSON
   * @param random the nonce source
   * @return the token
   * @throws GeneralSecurityException when AES-GCM is missing
   */
  public static String seal(SecretKeySpec key, byte[] json, SecureRandom random)
      throws GeneralSecurityException {
    byte[] compressed = deflate(json);
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    byte[] sealed = cipher.doFinal(compressed);
    byte[] token = new byte[1 + NONCE_BYTES + sealed.length];
    token[0] = 1;
    System.arraycopy(nonce, 0, token, 1, NONCE_BYTES);
    System.arraycopy(sealed, 0, token, 1 + NONCE_BYTES, sealed.length);
    return Base64.getEncoder().encodeToString(token);
  }

  /**
   * Seals a payload as a version 2 token for these recipients, in order, with a random content key
   * and nonces.
   *
   * @param recipients the recipients
   * @param json the payload JSON
   * @param random the source of the content key and nonces
   * @return the token
   * @throws GeneralSecurityException when AES-GCM is missing
   */
  public static String sealV2(List<Recipient> recipients, byte[] json, SecureRandom random)
      throws GeneralSecurityException {
    byte[] compressed = deflate(json);
    byte[] contentKey = new byte[32];
    random.nextBytes(contentKey);
    int count = recipients.size();
    ByteBuffer token = ByteBuffer.allocate(HEADER_BYTES + compressed.length + TAG_BITS / 8 + count * ENTRY_BYTES);
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    token.put((byte) 2).putShort((short) count).put(nonce).putInt(compressed.length);
    ByteBuffer aad = ByteBuffer.allocate(PAYLOAD_AAD.length + HEADER_BYTES + count * 32);
    aad.put(PAYLOAD_AAD).put(token.array(), 0, HEADER_BYTES);
    recipients.forEach(r -> aad.put(r.id()));
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(aad.array());
    token.put(cipher.doFinal(compressed));
    for (Recipient recipient : recipients) {
      byte[] wrapNonce = new byte[NONCE_BYTES];
      random.nextBytes(wrapNonce);
      Cipher wrap = Cipher.getInstance("AES/GCM/NoPadding");
      wrap.init(Cipher.ENCRYPT_MODE, recipient.key(), new GCMParameterSpec(TAG_BITS, wrapNonce));
      wrap.updateAAD(RECIPIENT_AAD);
      wrap.updateAAD(recipient.id());
      token.put(recipient.id()).put(wrapNonce).put(wrap.doFinal(contentKey));
    }
    return Base64.getEncoder().encodeToString(token.array());
  }

  private static byte[] deflate(byte[] json) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(json);
      deflater.finish();
      byte[] buffer = new byte[json.length + 64];
      int length = 0;
      while (!deflater.finished()) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        length += deflater.deflate(buffer, length, buffer.length - length);
      }
      return Arrays.copyOf(buffer, length);
    } finally {
      deflater.end();
    }
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
