package com.tripwirejs.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One HTTP response as a transport received it: status, headers and the complete body. */
public final class TransportResponse {

  private static final byte[] NO_BODY = new byte[0];

  private final int status;
  private final Headers headers;
  private final byte[] body;

  private TransportResponse(int status, Headers headers, byte[] body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("Not an HTTP status code: " + status);
    }
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * A response.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body bytes (empty for none); the array is not copied
   * @return the response
   */
  public static TransportResponse of(int status, Headers headers, byte[] body) {
    return new TransportResponse(status, headers, body.length == 0 ? NO_BODY : body);
  }

  /**
   * The HTTP status code.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The response headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The body bytes, empty when there was none; callers must not modify the array.
   *
   * @return the body
   */
  public byte[] body() {
    return body;
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Status and body size only: bodies can carry secrets. */
  @Override
  public String toString() {
    return "TransportResponse[" + status + ", " + body.length + " bytes]";
  }
}
