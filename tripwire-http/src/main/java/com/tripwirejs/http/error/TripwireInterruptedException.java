package com.tripwirejs.http.error;

import org.jspecify.annotations.Nullable;

/**
 * The thread making a blocking call was interrupted (a shutdown, a framework's request timeout)
 * while it waited: for the response, for a free connection slot, or before a retry. The call
 * stopped at once: its exchange was aborted and its connection closed, no further attempt is
 * sent. The thread's interrupt status is set again, so code further up still sees it.
 *
 * <p>Not a connection failure: nothing went wrong with the API or the network. Whether a request
 * that was already sent took effect is unknown, as for any call that ends without a response.
 */
public final class TripwireInterruptedException extends TripwireException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message where the call was when interrupted
   * @param cause the interruption as the transport reported it, or null
   */
  public TripwireInterruptedException(String message, @Nullable Throwable cause) {
    super(message, null, cause);
  }
}
