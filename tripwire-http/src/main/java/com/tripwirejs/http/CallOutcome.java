package com.tripwirejs.http;

import com.tripwirejs.http.error.TripwireInterruptedException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * How a whole call ended, all its attempts and retry delays included, as a {@link CallListener}
 * sees it.
 *
 * <p>A call succeeds when its last attempt got a 2xx response and the SDK read that response into
 * its result; it fails with the error its caller gets (thrown, or the future's failure): an error
 * status, a connection failure, a timeout, a response that could not be read, a missing
 * credential, or the caller giving up.
 *
 * @param status the HTTP status of the last response, or null when the last attempt got none
 * @param requestId the API's request id of the last response, or null when it carried none
 * @param duration how long the call took, from its start to its outcome
 * @param error what the caller gets instead of a result, or null when the call succeeded
 * @param attempts how many attempts were started, 0 when the call failed before its first (a
 *     missing secret key, a timeout that passed before the first attempt)
 */
public record CallOutcome(
    @Nullable Integer status,
    @Nullable String requestId,
    Duration duration,
    @Nullable Throwable error,
    int attempts) {

  /**
   * Whether the call sent more than one attempt: the retry policy repeated it at least once.
   *
   * @return true when more than one attempt was started
   */
  public boolean retried() {
    return attempts > 1;
  }

  /**
   * Whether the call ended because its caller gave up: cancelled its future (or completed it some
   * other way, as {@code orTimeout} does) or interrupted its thread.
   *
   * @return true for a cancelled or interrupted call
   */
  public boolean cancelled() {
    return error instanceof CancellationException || error instanceof TripwireInterruptedException;
  }
}
