package com.tripwirejs.http;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a transport whose response body exceeds {@link TransportRequest#maxResponseBytes()}.
 * A transport throws it as soon as the limit is passed (before reading anything when the
 * response announces a larger {@code Content-Length}) and aborts the exchange instead of reading
 * the rest. The SDK reports it as a {@link
 * com.tripwirejs.http.error.TripwireResponseTooLargeException}, with the status and headers when
 * the transport passes them.
 */
public final class ResponseTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded, in bytes. */
  private final long limit;

  /** The HTTP status of the response, or 0 when unknown. */
  private final int status;

  /** The response headers, when the transport passed them; not serialized. */
  private final transient @Nullable Headers headers;

  /**
   * Creates the exception without the response's status and headers.
   *
   * @param limit the limit that was exceeded, in bytes
   */
  public ResponseTooLargeException(long limit) {
    this(limit, 0, null);
  }

  /**
   * Creates the exception.
   *
   * @param limit the limit that was exceeded, in bytes
   * @param status the HTTP status of the response, or 0 when unknown
   * @param headers the response headers, or null when unknown
   */
  public ResponseTooLargeException(long limit, int status, @Nullable Headers headers) {
    super("The response body exceeds the limit of " + limit + " bytes");
    this.limit = limit;
    this.status = status;
    this.headers = headers;
  }

  /**
   * The limit that was exceeded.
   *
   * @return the limit, in bytes
   */
  public long limit() {
    return limit;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status, or 0 when the transport did not say
   */
  public int status() {
    return status;
  }

  /**
   * The response headers.
   *
   * @return the headers, or null when the transport did not pass them
   */
  public @Nullable Headers headers() {
    return headers;
  }

  /**
   * The same failure with the response's status and headers.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @return a new exception
   */
  public ResponseTooLargeException withResponse(int status, Headers headers) {
    ResponseTooLargeException copy = new ResponseTooLargeException(limit, status, headers);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
