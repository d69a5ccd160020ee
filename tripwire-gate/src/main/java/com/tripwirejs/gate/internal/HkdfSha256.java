package com.tripwirejs.gate.internal;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF-SHA256 (RFC 5869), extract then expand, from Bouncy Castle's lightweight API: the JDK has no
 * HKDF before Java 25, and the lightweight API needs no provider registered in the JVM.
 */
public final class HkdfSha256 {

  private HkdfSha256() {}

  /**
   * Derives {@code length} bytes.
   *
   * @param inputKeyMaterial the secret input
   * @param salt the salt
   * @param info the context string
   * @param length the output length, at most 8160 bytes
   * @return the output key material
   */
  public static byte[] derive(byte[] inputKeyMaterial, byte[] salt, byte[] info, int length) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(inputKeyMaterial, salt, info));
    byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return out;
  }
}
