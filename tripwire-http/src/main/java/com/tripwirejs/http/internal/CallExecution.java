package com.tripwirejs.http.internal;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.Headers;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The life of one call: it hands out each attempt's request, and decides after each outcome
 * whether the call is done, failed, or retried after a delay. The synchronous loop and the
 * asynchronous chain of {@link RequestPipeline} both drive it, so they behave the same.
 */
final class CallExecution {

  /** What to do after an attempt. */
  sealed interface Step permits Done, Fail, Retry {}

  /** The call succeeded with this response. */
  record Done(TransportResponse response) implements Step {}

  /** The call failed with this exception. */
  record Fail(TripwireException failure) implements Step {}

  /** Send the call again after this delay. */
  record Retry(Duration delay) implements Step {}

  private final ApiCall call;
  private final URI uri;
  private final Headers headers;
  private final byte @Nullable [] body;
  private final Duration overallTimeout;
  private final Duration responseTimeout;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final List<RequestListener> listeners;
  private final PipelineLog log;
  private final Clock clock;
  private final long deadline;

  private int attempt;
  private @Nullable RequestAttempt current;
  private Duration currentTimeout = Duration.ZERO;
  private boolean cutByDeadline;
  private long attemptStarted;
  private @Nullable TripwireException lastFailure;

  CallExecution(
      ApiCall call,
      URI uri,
      Headers headers,
      Duration overallTimeout,
      Duration responseTimeout,
      long maxResponseBytes,
      RetryPolicy retryPolicy,
      List<RequestListener> listeners,
      PipelineLog log,
      Clock clock) {
    this.call = call;
    this.uri = uri;
    this.headers = headers;
    this.body = call.body();
    this.overallTimeout = overallTimeout;
    this.responseTimeout = responseTimeout;
    this.maxResponseBytes = maxResponseBytes;
    this.retryPolicy = retryPolicy;
    this.listeners = listeners;
    this.log = log;
    this.clock = clock;
    this.deadline = System.nanoTime() + overallTimeout.toNanos();
  }

  /**
   * The request of the next attempt.
   *
   * @throws TripwireTimeoutException when the overall timeout has already passed
   */
  TransportRequest nextRequest() {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw overallTimeout();
    }
    attempt++;
    cutByDeadline = remaining < responseTimeout.toNanos();
    currentTimeout = cutByDeadline ? Duration.ofNanos(remaining) : responseTimeout;
    current =
        new RequestAttempt(
            call.operation(), call.method(), call.pathTemplate(), uri, attempt, clock.instant());
    for (RequestListener listener : listeners) {
      try {
        listener.onAttemptStart(current);
      } catch (RuntimeException e) {
        log.listenerFailed(listener, e);
      }
    }
    attemptStarted = System.nanoTime();
    return TransportRequest.builder()
        .method(call.method())
        .uri(uri)
        .headers(headers)
        .body(body)
        .timeout(currentTimeout)
        .maxResponseBytes(maxResponseBytes)
        .build();
  }

  /**
   * Records the outcome of the current attempt and decides what follows.
   *
   * @param response the response, or null when the transport failed
   * @param failure what the transport threw, or null when a response arrived
   */
  Step complete(@Nullable TransportResponse response, @Nullable Throwable failure) {
    Duration took = Duration.ofNanos(System.nanoTime() - attemptStarted);
    Integer status = response == null ? null : response.status();
    String requestId = null;
    TripwireException error;
    if (response != null) {
      requestId = response.headers().first(ErrorResponses.REQUEST_ID_HEADER);
      if (status >= 200 && status < 300) {
        notifyEnd(new AttemptOutcome(status, requestId, took, null, false));
        log.attempt(call, uri, attempt, status, requestId, took, null, null);
        return new Done(response);
      }
      TripwireApiException apiError = ErrorResponses.toException(response);
      requestId = apiError.requestId();
      error = apiError;
    } else {
      error = Failures.classify(failure == null ? new IllegalStateException("no outcome") : failure, currentTimeout);
      if (cutByDeadline
          && error instanceof TripwireTimeoutException
          && ((TripwireTimeoutException) error).phase() == TripwireTimeoutException.Phase.RESPONSE) {
        // The attempt only had what was left of the call's time: the overall timeout expired,
        // and saying so (with its configured value) is what the caller can act on.
        error = new TripwireTimeoutException(
            TripwireTimeoutException.Phase.OVERALL, overallTimeout, error.getCause());
      }
    }
    lastFailure = error;
    Duration delay = retryDelay(error);
    notifyEnd(new AttemptOutcome(status, requestId, took, error, delay != null));
    log.attempt(call, uri, attempt, status, requestId, took, error, delay);
    return delay == null ? new Fail(error) : new Retry(delay);
  }

  /** The failure of the last attempt, for a caller interrupted while waiting to retry. */
  @Nullable TripwireException lastFailure() {
    return lastFailure;
  }

  /** The delay before sending again, or null when the failure is final. */
  private @Nullable Duration retryDelay(TripwireException error) {
    if (attempt >= retryPolicy.maxAttempts()) {
      return null;
    }
    Duration delay;
    if (error instanceof TripwireConnectionException) {
      boolean mayHaveBeenSent = ((TripwireConnectionException) error).requestMayHaveBeenSent();
      if (mayHaveBeenSent && !retryPolicy.mayRepeat(call.method())) {
        return null;
      }
      delay = retryPolicy.backoff(attempt);
    } else if (error instanceof TripwireApiException) {
      TripwireApiException apiError = (TripwireApiException) error;
      if (!retryPolicy.mayRepeat(call.method())
          || !retryPolicy.retryableStatuses().contains(apiError.status())
          || Boolean.FALSE.equals(apiError.retryable())) {
        return null;
      }
      Duration retryAfter =
          RetryAfter.parse(apiError.headers().first("Retry-After"), clock);
      if (retryAfter != null) {
        if (retryAfter.compareTo(retryPolicy.maxRetryAfter()) > 0) {
          return null;
        }
        delay = retryAfter;
      } else {
        delay = retryPolicy.backoff(attempt);
      }
    } else {
      return null;
    }
    long remaining = deadline - System.nanoTime();
    return delay.toNanos() < remaining ? delay : null;
  }

  private TripwireTimeoutException overallTimeout() {
    TripwireTimeoutException timeout =
        new TripwireTimeoutException(
            TripwireTimeoutException.Phase.OVERALL, overallTimeout, lastFailure);
    return timeout;
  }

  private void notifyEnd(AttemptOutcome outcome) {
    RequestAttempt attemptInfo = current;
    if (attemptInfo == null) {
      return;
    }
    for (RequestListener listener : listeners) {
      try {
        listener.onAttemptEnd(attemptInfo, outcome);
      } catch (RuntimeException e) {
        log.listenerFailed(listener, e);
      }
    }
  }
}
