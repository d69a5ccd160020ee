package com.tripwirejs.http.error;

import org.jspecify.annotations.Nullable;

/** The base of every exception the SDK throws for a call that did not succeed. */
public abstract class TripwireException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String requestId;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param requestId the API's request id, when one is known
   * @param cause the underlying failure, or null
   */
  protected TripwireException(
      String message, @Nullable String requestId, @Nullable Throwable cause) {
    super(message, cause);
    this.requestId = requestId;
  }

  /**
   * The id the API gave the request ({@code req_...}); quote it when contacting support.
   *
   * @return the request id, or null when no response carried one
   */
  public @Nullable String requestId() {
    return requestId;
  }
}
