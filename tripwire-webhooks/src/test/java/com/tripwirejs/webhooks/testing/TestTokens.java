package com.tripwirejs.webhooks.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * Seals tokens the way the Tripwire server does, with an implementation of the tests' own: the key
 * derivation from Bouncy Castle's SHA-256, AES-GCM from Bouncy Castle, compression from the JDK's
 * {@link Deflater} or from {@link IndependentCrypto#zlibStored(byte[])}.
 */
public final class TestTokens {

  private TestTokens() {}

  /** The AES key for a secret key or its hash, derived as the contract says. */
  public static byte[] key(String secretKeyOrHash) {
    String normalized =
        secretKeyOrHash.matches("[0-9a-fA-F]{64}")
            ? secretKeyOrHash.toLowerCase(Locale.ROOT)
            : HexFormat.of().formatHex(IndependentCrypto.sha256(IndependentCrypto.utf8(secretKeyOrHash)));
    return IndependentCrypto.sha256((normalized + "\0sealed-results").getBytes(StandardCharsets.UTF_8));
  }

  /** A token of JSON, deflated by the JDK. */
  public static String seal(String secretKey, String json) {
    return sealCompressed(secretKey, deflate(IndependentCrypto.utf8(json)));
  }

  /** A token whose plaintext is {@code compressed} as given, valid zlib or not. */
  public static String sealCompressed(String secretKey, byte[] compressed) {
    return sealCompressed(1, key(secretKey), IndependentCrypto.random(12), compressed);
  }

  /** A token of any version, key, nonce and plaintext. */
  public static String sealCompressed(int version, byte[] key, byte[] nonce, byte[] compressed) {
    byte[] sealed = IndependentCrypto.aesGcmEncrypt(key, nonce, compressed);
    byte[] token = new byte[1 + nonce.length + sealed.length];
    token[0] = (byte) version;
    System.arraycopy(nonce, 0, token, 1, nonce.length);
    System.arraycopy(sealed, 0, token, 1 + nonce.length, sealed.length);
    return Base64.getEncoder().encodeToString(token);
  }

  /** zlib compression by the JDK. */
  public static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buffer = new byte[Math.max(64, data.length / 2)];
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
