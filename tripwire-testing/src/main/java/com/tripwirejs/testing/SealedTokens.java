package com.tripwirejs.testing;

import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.SealedTokenFormat;
import com.tripwirejs.webhooks.internal.SealedTokenKeys;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * Mints sealed tokens, the encrypted session verification that the browser SDK hands to a
 * server, for a test's own secret keys and payload: the counterpart of {@code
 * SealedTokenVerifier}, for tests of code that verifies tokens.
 *
 * <pre>{@code
 * String token = SealedTokens.seal("sk_test_mine", payloadJson);
 * // A key rotation: a token for the new key and the old one, or for either alone.
 * String rotated = SealedTokens.seal(List.of(newKey, oldKey), payloadJson);
 * // A version 1 token, as Tripwire issued before Foil introduced version 2.
 * String legacy = SealedTokens.builder().version(SealedTokens.Version.V1).addSecretKey(oldKey)
 *     .payload(payloadJson).seal();
 * }</pre>
 *
 * <p>By default tokens are {@linkplain Version#V2 version 2}: the multi-recipient envelope of the
 * current contract ({@code sealed-token.md} of Foil), in which the service issues tokens for one
 * or several independently issued or rotating keys, so that a test exercises the path that tokens
 * from the browser SDK take today. Choose {@link Version#V1} to test against tokens issued before
 * (the only version of the Tripwire contract), which a verifier still accepts.
 */
public final class SealedTokens {

  /** The token layout to mint. */
  public enum Version {
    /** Version 1: sealed for one secret key. */
    V1,
    /** Version 2: sealed once, with the content key wrapped for each of 1 to 256 secret keys. */
    V2
  }

  /** The version {@link #seal(String, String)} and a builder without a version choice mint. */
  public static final Version DEFAULT_VERSION = Version.V2;

  private static final SecureRandom RANDOM = new SecureRandom();

  private SealedTokens() {}

  /**
   * Seals {@code payloadJson} for {@code secretKey}, in the {@linkplain #DEFAULT_VERSION default
   * version}: zlib-compressed, AES-256-GCM with fresh nonces (and content key), standard base64.
   *
   * @param secretKey the secret key (or its SHA-256 hex) the verifier will use
   * @param payloadJson the payload, normally a {@code session_verification} JSON object
   * @return the sealed token
   * @throws IllegalArgumentException if {@code secretKey} is blank
   */
  public static String seal(String secretKey, String payloadJson) {
    return builder().addSecretKey(secretKey).payload(payloadJson).seal();
  }

  /**
   * Seals {@code payloadJson} for each of {@code secretKeys}, in the {@linkplain #DEFAULT_VERSION
   * default version}: a verifier of any one of the keys opens it.
   *
   * @param secretKeys the secret keys (or their SHA-256 hex), 1 to 256, in the order their entries
   *     are written
   * @param payloadJson the payload, normally a {@code session_verification} JSON object
   * @return the sealed token
   * @throws IllegalArgumentException if a key is blank, or there are no keys or more than 256
   */
  public static String seal(List<String> secretKeys, String payloadJson) {
    int count = Objects.requireNonNull(secretKeys, "secretKeys").size();
    if (count < SealedTokenFormat.MIN_RECIPIENTS || count > SealedTokenFormat.MAX_RECIPIENTS) {
      throw new IllegalArgumentException(
          "A token is sealed for 1 to " + SealedTokenFormat.MAX_RECIPIENTS + " secret keys, not " + count);
    }
    Builder builder = builder().payload(payloadJson);
    secretKeys.forEach(builder::addSecretKey);
    return builder.seal();
  }

  /**
   * A builder for a token of a chosen version.
   *
   * @return a builder without keys or payload, for the {@linkplain #DEFAULT_VERSION default
   *     version}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one token. Not thread-safe. */
  public static final class Builder {

    private final List<String> secretKeys = new ArrayList<>();
    private Version version = DEFAULT_VERSION;
    private @Nullable String payloadJson;

    private Builder() {}

    /**
     * The version to mint.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(Version version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Adds a secret key the token is sealed for; entries are written in the order added.
     *
     * @param secretKey the secret key, or its SHA-256 hex
     * @return this builder
     * @throws IllegalArgumentException if {@code secretKey} is blank
     */
    public Builder addSecretKey(String secretKey) {
      if (secretKey == null || secretKey.isBlank()) {
        throw new IllegalArgumentException("secretKey must not be blank: pass the key the verifier uses");
      }
      secretKeys.add(secretKey);
      return this;
    }

    /**
     * The payload.
     *
     * @param payloadJson the payload, normally a {@code session_verification} JSON object
     * @return this builder
     */
    public Builder payload(String payloadJson) {
      this.payloadJson = Objects.requireNonNull(payloadJson, "payloadJson");
      return this;
    }

    /**
     * Seals the payload; each call uses fresh nonces (and, for version 2, a fresh content key).
     *
     * @return the token, standard base64
     * @throws IllegalStateException without a payload or a key, with more than 256 keys, or with
     *     more than one key for version 1
     */
    public String seal() {
      if (payloadJson == null) {
        throw new IllegalStateException("No payload: call payload(json) before seal()");
      }
      if (secretKeys.isEmpty()) {
        throw new IllegalStateException("No secret key: call addSecretKey(key) before seal()");
      }
      byte[] compressed = deflate(payloadJson.getBytes(StandardCharsets.UTF_8));
      byte[] token = version == Version.V1 ? sealV1(compressed) : sealV2(compressed);
      return Base64.getEncoder().encodeToString(token);
    }

    private byte[] sealV1(byte[] compressed) {
      if (secretKeys.size() != 1) {
        throw new IllegalStateException(
            "A version 1 token is sealed for one secret key, not "
                + secretKeys.size()
                + ": mint one token per key, or use version 2");
      }
      byte[] nonce = random(AesGcm.IV_BYTES);
      byte[] sealed = AesGcm.encrypt(SealedTokenKeys.derive(secretKeys.get(0)), nonce, compressed);
      return ByteBuffer.allocate(1 + nonce.length + sealed.length)
          .put((byte) SealedTokenFormat.VERSION_1)
          .put(nonce)
          .put(sealed)
          .array();
    }

    private byte[] sealV2(byte[] compressed) {
      int count = secretKeys.size();
      if (count > SealedTokenFormat.MAX_RECIPIENTS) {
        throw new IllegalStateException(
            "A version 2 token has at most " + SealedTokenFormat.MAX_RECIPIENTS + " recipients, not " + count);
      }
      List<byte[]> ids = new ArrayList<>();
      for (String secretKey : secretKeys) {
        ids.add(SealedTokenKeys.recipientId(secretKey));
      }
      byte[] contentKey = random(SealedTokenFormat.CONTENT_KEY_BYTES);
      try {
        byte[] nonce = random(AesGcm.IV_BYTES);
        byte[] header =
            ByteBuffer.allocate(SealedTokenFormat.V2_HEADER_BYTES)
                .put((byte) SealedTokenFormat.VERSION_2)
                .putShort((short) count)
                .put(nonce)
                .putInt(compressed.length)
                .array();
        ByteArrayOutputStream entries = new ByteArrayOutputStream(count * SealedTokenFormat.ENTRY_BYTES);
        for (int i = 0; i < count; i++) {
          byte[] wrapNonce = random(AesGcm.IV_BYTES);
          entries.writeBytes(ids.get(i));
          entries.writeBytes(wrapNonce);
          entries.writeBytes(
              AesGcm.encrypt(
                  SealedTokenKeys.derive(secretKeys.get(i)),
                  wrapNonce,
                  SealedTokenFormat.recipientAad(ids.get(i)),
                  contentKey));
        }
        byte[] entryBytes = entries.toByteArray();
        byte[] aadSource = ByteBuffer.allocate(header.length + entryBytes.length).put(header).put(entryBytes).array();
        byte[] sealed =
            AesGcm.encrypt(
                AesGcm.key(contentKey),
                nonce,
                SealedTokenFormat.payloadAad(aadSource, header.length, count),
                compressed);
        return ByteBuffer.allocate(header.length + sealed.length + entryBytes.length)
            .put(header)
            .put(sealed)
            .put(entryBytes)
            .array();
      } finally {
        Arrays.fill(contentKey, (byte) 0);
      }
    }
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
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
