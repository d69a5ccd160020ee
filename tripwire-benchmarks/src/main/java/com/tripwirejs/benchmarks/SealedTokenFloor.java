package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sealed tokens written by hand with the JCA, as the contract lays them out: the floor that {@link
 * SealedTokenBenchmark} measures the SDK against, and the minting of the tokens it verifies (the
 * SDK verifies tokens but does not seal them; the browser SDK does).
 *
 * <p>Token: standard base64 of version {@code 0x01}, a 12-byte nonce, then AES-256-GCM ciphertext
 * and 16-byte tag, no associated data. Key: SHA-256 of the normalised secret followed by {@code
 * "\0sealed-results"}, where the normalised secret is a 64-character hex secret lower-cased, or else
 * the lowercase hex SHA-256 of the secret. Plaintext: zlib-compressed UTF-8 JSON.
 */
public final class SealedTokenFloor {

  private static final byte[] CONTEXT = "\0sealed-results".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int MAX_PAYLOAD_BYTES = 1 << 20;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The AES key of a secret.
   *
   * @param secret the secret key, or the hex SHA-256 of it
   * @return the AES-256 key
   * @throws GeneralSecurityException when SHA-256 is missing
   */
  public static SecretKeySpec deriveKey(String secret) throws GeneralSecurityException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    String normalized =
        secret.length() == 64 && secret.chars().allMatch(c -> Character.digit(c, 16) >= 0)
            ? secret.toLowerCase(Locale.ROOT)
            : hex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    sha256.update(normalized.getBytes(StandardCharsets.US_ASCII));
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
    Deflater deflater = new Deflater();
    byte[] compressed;
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
      compressed = Arrays.copyOf(buffer, length);
    } finally {
      deflater.end();
    }
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

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
