package com.tripwirejs.http.error;

import com.tripwirejs.http.Headers;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with a success status but a body that is not the JSON it documents: not JSON,
 * empty, or JSON of the wrong shape. The code is {@value #CODE}.
 */
public final class TripwireInvalidResponseException extends TripwireException {

  private static final long serialVersionUID = 1L;

  /** The error code of an invalid response body. */
  public static final String CODE = "response.invalid_json";

  private final int status;
  private final transient Headers headers;
  private final transient byte[] rawBody;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the body (never its content)
   * @param status the HTTP status
   * @param headers the response headers
   * @param rawBody the body as received
   * @param requestId the request id, when the response carried one
   * @param cause the parse failure, or null
   */
  public TripwireInvalidResponseException(
      String message,
      int status,
      Headers headers,
      byte[] rawBody,
      @Nullable String requestId,
      @Nullable Throwable cause) {
    super(message + requestIdSuffix(requestId), requestId, cause);
    this.status = status;
    this.headers = headers;
    this.rawBody = rawBody;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Always {@value #CODE}.
   *
   * @return the error code
   */
  public String code() {
    return CODE;
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
   * The body exactly as received, as UTF-8 text. It may hold secrets (a revealed key): do not log
   * it as is.
   *
   * @return the raw body
   */
  public String rawBody() {
    return new String(rawBody, StandardCharsets.UTF_8);
  }

  static String requestIdSuffix(@Nullable String requestId) {
    return requestId == null ? "" : " (request id " + requestId + ")";
  }
}
