package com.tripwirejs.webhooks.internal;

import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a 12-byte IV and a 16-byte tag, with or without associated data, from the JDK's
 * providers.
 *
 * <p>The provider is resolved once, with the JVM's own preference order, so that each operation
 * skips the provider search. Decryption reuses {@code Cipher}s, one per thread, initialised afresh
 * for every call (creating a {@code Cipher} costs several times a small decryption); {@code Cipher}
 * instances are not thread-safe and are never shared between threads. Keys used once (a sealed
 * token's content key) go through a {@code Cipher} of their own, so that the one for long-lived keys
 * keeps its key schedule, which the JDK computes again only when the key changes. Encryption creates
 * its own, since GCM refuses to encrypt twice under the same key and IV with one instance.
 */
public final class AesGcm {

  /** The IV length, in bytes. */
  public static final int IV_BYTES = 12;

  /** The tag length, in bytes. */
  public static final int TAG_BYTES = 16;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final Provider PROVIDER = resolveProvider();
  private static final ThreadLocal<Cipher> DECRYPTING = ThreadLocal.withInitial(AesGcm::newCipher);
  private static final ThreadLocal<Cipher> DECRYPTING_ONE_TIME_KEYS =
      ThreadLocal.withInitial(AesGcm::newCipher);

  private AesGcm() {}

  /** An AES key of these 32 bytes. */
  public static SecretKeySpec key(byte[] key) {
    return new SecretKeySpec(key, "AES");
  }

  /**
   * Encrypts.
   *
   * @return the ciphertext followed by the 16-byte tag
   */
  public static byte[] encrypt(SecretKeySpec key, byte[] iv, byte[] plaintext) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, PROVIDER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  /**
   * Decrypts and authenticates {@code input}, the ciphertext followed by its tag.
   *
   * @return the plaintext
   * @throws AEADBadTagException when the tag does not authenticate the ciphertext under this key
   */
  public static byte[] decrypt(SecretKeySpec key, byte[] iv, byte[] input)
      throws AEADBadTagException {
    return decrypt(key, iv, 0, input, 0, input.length);
  }

  /**
   * Decrypts and authenticates {@code input[offset, offset + length)}, the ciphertext followed by
   * its tag, with the IV {@code ivSource[ivOffset, ivOffset + 12)}.
   *
   * @return the plaintext
   * @throws AEADBadTagException when the tag does not authenticate the ciphertext under this key
   */
  public static byte[] decrypt(
      SecretKeySpec key, byte[] ivSource, int ivOffset, byte[] input, int offset, int length)
      throws AEADBadTagException {
    try {
      Cipher cipher = DECRYPTING.get();
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BYTES * 8, ivSource, ivOffset, IV_BYTES));
      return cipher.doFinal(input, offset, length);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  /**
   * Encrypts with associated data.
   *
   * @return the ciphertext followed by the 16-byte tag
   */
  public static byte[] encrypt(SecretKeySpec key, byte[] iv, byte[] aad, byte[] plaintext) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, PROVIDER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
      cipher.updateAAD(aad);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  /**
   * Decrypts and authenticates {@code input[offset, offset + length)}, the ciphertext followed by
   * its tag, with the IV {@code ivSource[ivOffset, ivOffset + 12)} and the associated data {@code
   * aad}, under a long-lived key.
   *
   * @return the plaintext
   * @throws AEADBadTagException when the tag does not authenticate the ciphertext and the
   *     associated data under this key
   */
  public static byte[] decrypt(
      SecretKeySpec key,
      byte[] ivSource,
      int ivOffset,
      byte[] aad,
      byte[] input,
      int offset,
      int length)
      throws AEADBadTagException {
    return decrypt(DECRYPTING.get(), key, ivSource, ivOffset, aad, input, offset, length);
  }

  /**
   * {@link #decrypt(SecretKeySpec, byte[], int, byte[], byte[], int, int)} under a key used once,
   * such as a content key, which would otherwise evict a long-lived key's schedule.
   *
   * @return the plaintext
   * @throws AEADBadTagException when the tag does not authenticate the ciphertext and the
   *     associated data under this key
   */
  public static byte[] decryptWithOneTimeKey(
      SecretKeySpec key,
      byte[] ivSource,
      int ivOffset,
      byte[] aad,
      byte[] input,
      int offset,
      int length)
      throws AEADBadTagException {
    return decrypt(
        DECRYPTING_ONE_TIME_KEYS.get(), key, ivSource, ivOffset, aad, input, offset, length);
  }

  private static byte[] decrypt(
      Cipher cipher,
      SecretKeySpec key,
      byte[] ivSource,
      int ivOffset,
      byte[] aad,
      byte[] input,
      int offset,
      int length)
      throws AEADBadTagException {
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BYTES * 8, ivSource, ivOffset, IV_BYTES));
      cipher.updateAAD(aad);
      return cipher.doFinal(input, offset, length);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance(TRANSFORMATION, PROVIDER);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  private static Provider resolveProvider() {
    try {
      return Cipher.getInstance(TRANSFORMATION).getProvider();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }
}
