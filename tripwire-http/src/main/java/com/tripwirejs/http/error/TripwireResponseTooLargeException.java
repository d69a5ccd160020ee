package com.tripwirejs.http.error;

import com.tripwirejs.http.Headers;
import com.tripwirejs.model.ServiceGeneration;
import org.jspecify.annotations.Nullable;

/**
 * The response had a body larger than the client accepts ({@code maxResponseBytes}, 32 MiB by
 * default). The connection was fine: the response was the problem. The client stopped reading as
 * soon as the limit was passed (at once when the response announced a larger {@code
 * Content-Length}) and closed the connection; the body is not kept. The call is not retried.
 *
 * <p>Raise the limit with {@code TripwireClient.builder().maxResponseBytes(...)} if responses
 * this large are expected.
 */
public final class TripwireResponseTooLargeException extends TripwireException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final long limit;
  private final transient Headers headers;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the response, or 0 when the transport did not pass it
   * @param headers the response headers
   * @param limit the limit that was passed, in bytes
   * @param cause what the transport reported, or null
   */
  public TripwireResponseTooLargeException(
      int status, Headers headers, long limit, @Nullable Throwable cause) {
    super(describe(status, headers, limit), headers.first("X-Request-Id"), cause);
    this.status = status;
    this.headers = headers;
    this.limit = limit;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status, or 0 when a transport of your own did not pass it
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
   * The limit the body passed: the client's {@code maxResponseBytes}.
   *
   * @return the limit, in bytes
   */
  public long limit() {
    return limit;
  }

  private static String describe(int status, Headers headers, long limit) {
    String declared = headers.first("Content-Length");
    String size =
        declared != null && declared.chars().allMatch(Character::isDigit) && !declared.isEmpty()
            ? "a body of " + declared + " bytes"
            : "a body";
    String requestId = headers.first("X-Request-Id");
    return "The "
        + ServiceGeneration.CURRENT.serviceName()
        + " API answered"
        + (status > 0 ? " (status " + status + ")" : "")
        + " with "
        + size
        + " over the limit of "
        + limit
        + " bytes; the response was discarded unread. Raise the limit with"
        + " TripwireClient.builder().maxResponseBytes(...) if such responses are expected"
        + TripwireInvalidResponseException.requestIdSuffix(requestId)
        + ".";
  }
}
