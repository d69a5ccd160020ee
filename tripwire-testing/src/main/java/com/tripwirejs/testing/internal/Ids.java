package com.tripwirejs.testing.internal;

import java.util.HexFormat;
import java.util.Random;

/** Identifiers in the API's own formats, drawn from the fake's seeded random source. */
final class Ids {
  /** The 32-letter alphabet of session, visitor, organization, event and API key ids. */
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  /** Letters and digits of both cases, as in agent tokens. */
  private static final String ALPHANUMERIC =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Random random;

  Ids(Random random) {
    this.random = random;
  }

  /** {@code prefix} followed by 26 letters of the id alphabet, as in {@code sid_...}. */
  synchronized String base32(String prefix) {
    StringBuilder id = new StringBuilder(prefix);
    for (int i = 0; i < 26; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  /** {@code prefix} followed by {@code length} letters and digits of both cases, as in {@code agt_...}. */
  synchronized String alphanumeric(String prefix, int length) {
    StringBuilder token = new StringBuilder(prefix);
    for (int i = 0; i < length; i++) {
      token.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return token.toString();
  }

  /** {@code prefix} followed by {@code bytes} random bytes in lowercase hex, as in {@code we_...}. */
  synchronized String hex(String prefix, int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return prefix + HexFormat.of().formatHex(value);
  }

  synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
