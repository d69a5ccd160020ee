package com.tripwirejs.http;

import java.io.IOException;

/**
 * Thrown by a transport whose response body exceeds {@link TransportRequest#maxResponseBytes()}.
 * The SDK reports it as a connection failure; the body is discarded unread.
 */
public final class ResponseTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param limit the limit that was exceeded, in bytes
   */
  public ResponseTooLargeException(long limit) {
    super("The response body exceeds the limit of " + limit + " bytes");
  }
}
