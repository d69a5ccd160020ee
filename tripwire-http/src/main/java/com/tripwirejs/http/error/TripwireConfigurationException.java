package com.tripwirejs.http.error;

/**
 * The client cannot make a call as configured: no secret key where the operation needs one, no
 * bearer token where it needs one, or an invalid setting. The message says how to fix it. Nothing
 * was sent.
 */
public final class TripwireConfigurationException extends TripwireException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing or wrong, and how to fix it
   */
  public TripwireConfigurationException(String message) {
    super(message, null, null);
  }
}
