package com.tripwirejs.http.error;

import org.jspecify.annotations.Nullable;

/**
 * No complete response arrived: the connection could not be made, broke, or the response could
 * not be read. {@link #requestMayHaveBeenSent()} tells whether the API may have acted on it.
 */
public class TripwireConnectionException extends TripwireException {

  private static final long serialVersionUID = 1L;

  private final boolean requestMayHaveBeenSent;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param requestMayHaveBeenSent false only when the request certainly never left the client
   * @param cause the I/O failure
   */
  public TripwireConnectionException(
      String message, boolean requestMayHaveBeenSent, @Nullable Throwable cause) {
    super(message, null, cause);
    this.requestMayHaveBeenSent = requestMayHaveBeenSent;
  }

  /**
   * Whether the API may have received the request. When false (the connection was refused, the
   * host unknown) the request is safe to send again; when true, a non-idempotent request may have
   * taken effect.
   *
   * @return true unless the request certainly was not sent
   */
  public boolean requestMayHaveBeenSent() {
    return requestMayHaveBeenSent;
  }
}
