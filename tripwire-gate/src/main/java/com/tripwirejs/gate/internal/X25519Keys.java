package com.tripwirejs.gate.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.KeyAgreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.jspecify.annotations.Nullable;

/**
 * X25519 (RFC 7748) keys and key agreement.
 *
 * <p>Key generation, encodings and agreement come from the JDK's {@code XDH} implementation
 * (constant time, and whatever provider the JVM is configured to prefer). The one thing the Java 17
 * API cannot do, derive the public key of an imported private key, is Bouncy Castle's fixed-base
 * scalar multiplication.
 */
public final class X25519Keys {

  /** The length of a raw X25519 key, in bytes. */
  public static final int KEY_BYTES = 32;

  /** DER of the X.509 SubjectPublicKeyInfo of an X25519 key, up to the 32 raw key bytes. */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00
  };

  private X25519Keys() {}

  /** A new key pair from the JVM's default randomness. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("X25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw unavailable(e);
    }
  }

  /** The raw 32 bytes of a JDK X25519 public key. */
  public static byte[] raw(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded == null
        || encoded.length != SPKI_PREFIX.length + KEY_BYTES
        || !Arrays.equals(encoded, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      throw new IllegalStateException("Not an X25519 public key in X.509 form");
    }
    return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
  }

  /** The public key of 32 raw bytes. */
  public static PublicKey publicKey(byte[] raw) {
    if (raw.length != KEY_BYTES) {
      throw new IllegalArgumentException("An X25519 public key is 32 bytes");
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_BYTES);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, KEY_BYTES);
    try {
      return KeyFactory.getInstance("XDH").generatePublic(new X509EncodedKeySpec(spki));
    } catch (InvalidKeySpecException e) {
      // Every 32-byte string is an X25519 u-coordinate (RFC 7748 section 5).
      throw new IllegalStateException("The JDK rejected a 32-byte X25519 public key", e);
    } catch (GeneralSecurityException e) {
      throw unavailable(e);
    }
  }

  /**
   * The X25519 shared secret.
   *
   * @throws InvalidKeyException when the peer key is a point of small order (the result would be
   *     all zeros, RFC 7748 section 6.1)
   */
  public static byte[] agree(PrivateKey privateKey, PublicKey peer) throws InvalidKeyException {
    try {
      KeyAgreement agreement = KeyAgreement.getInstance("X25519");
      agreement.init(privateKey);
      agreement.doPhase(peer, true);
      byte[] secret = agreement.generateSecret();
      if (isAllZero(secret)) {
        throw new InvalidKeyException("Point has small order");
      }
      return secret;
    } catch (InvalidKeyException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw unavailable(e);
    }
  }

  /**
   * Reads a PKCS#8 DER private key.
   *
   * @return the key, or null when the bytes are not an X25519 private key
   */
  public static @Nullable XECPrivateKey privateKeyFromPkcs8(byte[] der) {
    PrivateKey key;
    try {
      key = KeyFactory.getInstance("XDH").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      return null;
    } catch (GeneralSecurityException e) {
      throw unavailable(e);
    }
    if (key instanceof XECPrivateKey
        && ((XECPrivateKey) key).getParams() instanceof NamedParameterSpec
        && NamedParameterSpec.X25519
            .getName()
            .equalsIgnoreCase(((NamedParameterSpec) ((XECPrivateKey) key).getParams()).getName())) {
      Optional<byte[]> scalar = ((XECPrivateKey) key).getScalar();
      if (scalar.isPresent() && scalar.get().length == KEY_BYTES) {
        return (XECPrivateKey) key;
      }
    }
    return null;
  }

  /**
   * The raw public key of a private key.
   *
   * @throws IllegalArgumentException when the provider does not reveal the private scalar
   */
  public static byte[] publicKeyOf(XECPrivateKey privateKey) {
    byte[] scalar =
        privateKey
            .getScalar()
            .orElseThrow(
                () -> new IllegalArgumentException("The private key does not expose its scalar"));
    try {
      return new X25519PrivateKeyParameters(scalar, 0).generatePublicKey().getEncoded();
    } finally {
      Arrays.fill(scalar, (byte) 0);
    }
  }

  private static boolean isAllZero(byte[] bytes) {
    int or = 0;
    for (byte b : bytes) {
      or |= b;
    }
    return or == 0;
  }

  private static IllegalStateException unavailable(GeneralSecurityException e) {
    return new IllegalStateException("X25519 (XDH) is not available in this JVM", e);
  }
}
