package com.tripwirejs.http;

import com.tripwirejs.http.error.TripwireInterruptedException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt ended, as a {@link RequestListener} sees it.
 *
 * @param status the HTTP status, or null when no response arrived
 * @param requestId the API's request id, or null when the response carried none
 * @param duration how long the attempt took
 * @param error the failure of the attempt (an error status, a connection failure, a timeout), or
 *     null when it succeeded; a {@link java.util.concurrent.CancellationException} when the caller
 *     cancelled the call's future, a {@link TripwireInterruptedException} when the caller's
 *     thread was interrupted (see {@link #cancelled()})
 * @param willRetry whether the client sends the call again
 */
public record AttemptOutcome(
    @Nullable Integer status,
    @Nullable String requestId,
    Duration duration,
    @Nullable Throwable error,
    boolean willRetry) {

  /**
   * Whether the call ended here because its caller gave up: cancelled its future (or completed
   * it some other way, as {@code orTimeout} does) or interrupted its thread. The attempt was
   * aborted, or never sent when the call was waiting for a connection slot or to retry; no
   * further attempt follows.
   *
   * @return true for a cancelled or interrupted call
   */
  public boolean cancelled() {
    return error instanceof CancellationException || error instanceof TripwireInterruptedException;
  }
}
