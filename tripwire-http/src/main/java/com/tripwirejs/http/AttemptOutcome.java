package com.tripwirejs.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt ended, as a {@link RequestListener} sees it.
 *
 * @param status the HTTP status, or null when no response arrived
 * @param requestId the API's request id, or null when the response carried none
 * @param duration how long the attempt took
 * @param error the failure of the attempt (an error status, a connection failure, a timeout), or
 *     null when it succeeded
 * @param willRetry whether the client sends the call again
 */
public record AttemptOutcome(
    @Nullable Integer status,
    @Nullable String requestId,
    Duration duration,
    @Nullable Throwable error,
    boolean willRetry) {}
