package com.tripwirejs.webhooks.internal;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Strict decoders for the text encodings of the contract. Each returns null for input that is not
 * in the expected form, so that callers can word the error in the contract's terms.
 */
public final class Encodings {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();
  private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Encodings() {}

  /** Encodes bytes as base64url without padding. */
  public static String base64Url(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }

  /**
   * Decodes canonical base64url without padding: only the URL-safe alphabet, no {@code =}, and the
   * unused low bits of the last character zero, so that each byte string has exactly one text form
   * (the JDK decoder alone ignores those bits).
   *
   * @return the bytes, or null when {@code text} is not canonical base64url without padding
   */
  public static byte @Nullable [] base64UrlNoPad(String text) {
    int length = text.length();
    if (length % 4 == 1) {
      return null;
    }
    int last = 0;
    for (int i = 0; i < length; i++) {
      last = base64UrlValue(text.charAt(i));
      if (last < 0) {
        return null;
      }
    }
    int unusedBitsMask = length % 4 == 2 ? 0x0f : length % 4 == 3 ? 0x03 : 0;
    if ((last & unusedBitsMask) != 0) {
      return null;
    }
    return BASE64URL_DECODER.decode(text);
  }

  /**
   * Decodes standard base64 (RFC 4648 section 4), padded or not.
   *
   * @return the bytes, or null when {@code text} is not base64
   */
  public static byte @Nullable [] base64(String text) {
    try {
      return BASE64_DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Encodes bytes as lowercase hex. */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0x0f];
      out[2 * i + 1] = HEX[bytes[i] & 0x0f];
    }
    return new String(out);
  }

  /**
   * Decodes lowercase hex of exactly {@code byteLength} bytes.
   *
   * @return the bytes, or null when {@code text} is anything else (uppercase included)
   */
  public static byte @Nullable [] lowerHex(String text, int byteLength) {
    if (text.length() != byteLength * 2) {
      return null;
    }
    byte[] out = new byte[byteLength];
    for (int i = 0; i < byteLength; i++) {
      int high = lowerHexValue(text.charAt(2 * i));
      int low = lowerHexValue(text.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return null;
      }
      out[i] = (byte) ((high << 4) | low);
    }
    return out;
  }

  /** Whether {@code text} is hex of exactly {@code length} characters, in either case. */
  public static boolean isHex(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (lowerHexValue(c) < 0 && (c < 'A' || c > 'F')) {
        return false;
      }
    }
    return true;
  }

  private static int lowerHexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  private static int base64UrlValue(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '-') {
      return 62;
    }
    if (c == '_') {
      return 63;
    }
    return -1;
  }
}
