package com.tripwirejs.http.error;

import com.tripwirejs.http.Headers;
import com.tripwirejs.model.error.PublicError;
import org.jspecify.annotations.Nullable;

/** HTTP 401: the secret key or bearer token is missing, unknown, revoked or of the wrong environment. */
public final class AuthenticationException extends TripwireApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param rawBody the body as received
   * @param error the parsed error envelope, or null when the body was not one
   * @param requestId the request id
   */
  public AuthenticationException(
      int status,
      Headers headers,
      byte[] rawBody,
      @Nullable PublicError error,
      @Nullable String requestId) {
    super(status, headers, rawBody, error, requestId);
  }
}
