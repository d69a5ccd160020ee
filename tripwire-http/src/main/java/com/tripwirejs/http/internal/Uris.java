package com.tripwirejs.http.internal;

import com.tripwirejs.model.ServiceGeneration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Builds request URIs: the base URL (its path prefix kept), the operation's path with each
 * placeholder value encoded as exactly one path segment, and the query.
 */
public final class Uris {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Uris() {}

  /**
   * The absolute URI of a call.
   *
   * @param base the base URL, without trailing slash
   * @param pathTemplate the path with {@code {placeholders}}
   * @param pathValues the placeholder values in order
   * @param query query parameters in order
   * @return the encoded URI
   */
  public static URI build(
      String base,
      String pathTemplate,
      List<String> pathValues,
      List<Map.Entry<String, String>> query) {
    StringBuilder uri = new StringBuilder(base.length() + pathTemplate.length() + 64).append(base);
    int value = 0;
    for (int i = 0; i < pathTemplate.length(); i++) {
      char c = pathTemplate.charAt(i);
      if (c == '{') {
        int end = pathTemplate.indexOf('}', i);
        if (value >= pathValues.size()) {
          throw new IllegalStateException("No value for a placeholder of " + pathTemplate);
        }
        appendSegment(uri, pathValues.get(value++));
        i = end;
      } else {
        uri.append(c);
      }
    }
    if (value != pathValues.size()) {
      throw new IllegalStateException("Too many path values for " + pathTemplate);
    }
    char separator = '?';
    for (Map.Entry<String, String> parameter : query) {
      uri.append(separator);
      appendEncoded(uri, parameter.getKey());
      uri.append('=');
      appendEncoded(uri, parameter.getValue());
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  /**
   * Normalizes a base URL: an absolute http or https URL without query or fragment; a trailing
   * slash is dropped, a path prefix is kept.
   *
   * @param baseUrl the configured base URL
   * @return the normalized base
   * @throws IllegalArgumentException when it is not such a URL
   */
  public static String normalizeBase(String baseUrl) {
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("The base URL is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException(
          "The base URL must be an absolute http or https URL, such as "
              + ServiceGeneration.CURRENT.baseUrl());
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("The base URL must not have a query or fragment");
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  /** One path segment: every byte but the unreserved characters percent-encoded, dots too when the
   * segment is only dots (so that {@code ..} can never climb the path). */
  private static void appendSegment(StringBuilder out, String value) {
    if (!value.isEmpty() && value.chars().allMatch(c -> c == '.')) {
      for (int i = 0; i < value.length(); i++) {
        out.append("%2E");
      }
      return;
    }
    appendEncoded(out, value);
  }

  private static void appendEncoded(StringBuilder out, String value) {
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }
}
