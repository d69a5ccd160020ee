package com.tripwirejs.http.error;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.internal.RetryAfter;
import com.tripwirejs.model.error.PublicError;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** HTTP 429: too many requests; wait {@link #retryAfter()} before trying again. */
public final class RateLimitException extends TripwireApiException {

  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param rawBody the body as received
   * @param error the parsed error envelope, or null when the body was not one
   * @param requestId the request id
   */
  public RateLimitException(
      int status,
      Headers headers,
      byte[] rawBody,
      @Nullable PublicError error,
      @Nullable String requestId) {
    super(status, headers, rawBody, error, requestId);
    this.retryAfter = RetryAfter.parse(headers.first("Retry-After"), java.time.Clock.systemUTC());
  }

  /**
   * How long the API asks to wait, from its {@code Retry-After} header (seconds or an HTTP date).
   *
   * @return the delay, or empty when the header was absent or unreadable
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
