package com.tripwirejs.http.internal;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.CallListener;
import com.tripwirejs.http.CallOutcome;
import com.tripwirejs.http.Headers;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestCall;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.http.error.TripwireInterruptedException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
  private Headers headers = Headers.empty();
  private final byte @Nullable [] body;
  private final Duration overallTimeout;
  private final Duration responseTimeout;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final List<RequestListener> listeners;
  private final PipelineLog log;
  private final Clock clock;
  private final long deadline;
  private final boolean async;
  private final long callStarted;
  /** The listeners of this call, one per request listener that returned one. */
  private List<CallListener> callListeners = List.of();

  private int attempt;
  private @Nullable RequestAttempt current;
  private Duration currentTimeout = Duration.ZERO;
  private boolean cutByDeadline;
  private long attemptStarted;
  private @Nullable TripwireException lastFailure;
  /** Whether an attempt has started (listeners told) and not yet ended. */
  private boolean attemptOpen;
  /** Whether the call has its outcome: done, failed, cancelled or interrupted. */
  private boolean finished;
  /** Whether the call listeners were told the call's outcome. */
  private boolean callEnded;
  private @Nullable Integer lastStatus;
  private @Nullable String lastRequestId;

  CallExecution(
      ApiCall call,
      URI uri,
      boolean async,
      Duration overallTimeout,
      Duration responseTimeout,
      long maxResponseBytes,
      RetryPolicy retryPolicy,
      List<RequestListener> listeners,
      PipelineLog log,
      Clock clock) {
    this.call = call;
    this.uri = uri;
    this.async = async;
    this.body = call.body();
    this.overallTimeout = overallTimeout;
    this.responseTimeout = responseTimeout;
    this.maxResponseBytes = maxResponseBytes;
    this.retryPolicy = retryPolicy;
    this.listeners = listeners;
    this.log = log;
    this.clock = clock;
    this.callStarted = System.nanoTime();
    this.deadline = callStarted + overallTimeout.toNanos();
  }

  /**
   * Starts the call: each request listener is told, on the calling thread, and gives the listener
   * of this call's attempts and outcome.
   */
  synchronized void startCall() {
    if (listeners.isEmpty()) {
      return;
    }
    RequestCall started =
        new RequestCall(call.operation(), call.method(), call.pathTemplate(), uri, async, clock.instant());
    List<CallListener> found = new ArrayList<>(listeners.size());
    for (RequestListener listener : listeners) {
      try {
        CallListener callListener = listener.onCallStart(started);
        if (callListener != null && callListener != CallListener.NONE) {
          found.add(callListener);
        }
      } catch (RuntimeException e) {
        log.listenerFailed(listener, e);
      }
    }
    callListeners = found;
  }

  /** The headers every attempt sends; set once they are built, after {@link #startCall()}. */
  synchronized void headers(Headers headers) {
    this.headers = headers;
  }

  /**
   * Ends the call with its outcome, once: the call listeners are told. Later calls do nothing, so
   * that the first, most precise report of an outcome wins.
   *
   * @param error what the caller gets, or null when the call succeeded
   */
  synchronized void endCall(@Nullable Throwable error) {
    finished = true;
    if (callEnded) {
      return;
    }
    callEnded = true;
    if (callListeners.isEmpty()) {
      return;
    }
    CallOutcome outcome =
        new CallOutcome(
            lastStatus,
            lastRequestId,
            Duration.ofNanos(System.nanoTime() - callStarted),
            error,
            attempt);
    for (CallListener listener : callListeners) {
      try {
        listener.onCallEnd(outcome);
      } catch (RuntimeException e) {
        log.listenerFailed(listener, e);
      }
    }
  }

  /**
   * Starts the next attempt: listeners see it start, and it then waits for a connection slot.
   *
   * @throws TripwireTimeoutException when the overall timeout has already passed
   */
  synchronized void startAttempt() {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      TripwireTimeoutException timeout = overallTimeout();
      endCall(timeout);
      throw timeout;
    }
    openAttempt();
  }

  private void openAttempt() {
    attempt++;
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
    for (CallListener listener : callListeners) {
      try {
        listener.onAttemptStart(current);
      } catch (RuntimeException e) {
        log.listenerFailed(listener, e);
      }
    }
    attemptStarted = System.nanoTime();
    attemptOpen = true;
  }

  /** What is left of the call's overall timeout, in nanoseconds (zero or less once passed). */
  long remainingNanos() {
    return deadline - System.nanoTime();
  }

  /**
   * The request of the started attempt, once it holds a connection slot: its deadline is what
   * is left of the call's time, at most the response timeout.
   */
  synchronized TransportRequest request() {
    long remaining = Math.max(deadline - System.nanoTime(), 1_000_000);
    cutByDeadline = remaining < responseTimeout.toNanos();
    currentTimeout = cutByDeadline ? Duration.ofNanos(remaining) : responseTimeout;
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
  synchronized Step complete(@Nullable TransportResponse response, @Nullable Throwable failure) {
    if (!attemptOpen) {
      // cancelled or interrupted meanwhile: the listeners already saw the attempt end
      TripwireException ended = lastFailure;
      return new Fail(
          ended != null ? ended : new TripwireInterruptedException("The call was cancelled", null));
    }
    attemptOpen = false;
    Duration took = Duration.ofNanos(System.nanoTime() - attemptStarted);
    Integer status = response == null ? null : response.status();
    String requestId = null;
    TripwireException error;
    if (response != null) {
      requestId = response.headers().first(ErrorResponses.REQUEST_ID_HEADER);
      if (status >= 200 && status < 300) {
        // The call ends once the pipeline has read the response (endCall): reading can fail too.
        finished = true;
        lastStatus = status;
        lastRequestId = requestId;
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
    lastStatus = status;
    lastRequestId = requestId;
    Duration delay = retryDelay(error);
    finished = delay == null;
    notifyEnd(new AttemptOutcome(status, requestId, took, error, delay != null));
    log.attempt(call, uri, attempt, status, requestId, took, error, delay);
    if (delay == null) {
      endCall(error);
      return new Fail(error);
    }
    return new Retry(delay);
  }

  /** The failure of the last attempt, for a caller interrupted while waiting to retry. */
  synchronized @Nullable TripwireException lastFailure() {
    return lastFailure;
  }

  /**
   * Ends the started attempt because no connection slot freed up within the call's timeout.
   *
   * @return the timeout to report
   */
  synchronized TripwireTimeoutException queueTimeout() {
    TripwireTimeoutException timeout =
        new TripwireTimeoutException(
            TripwireTimeoutException.Phase.QUEUE, overallTimeout, attempt > 1, lastFailure);
    if (!finished) {
      endAs(timeout);
    }
    return timeout;
  }

  /**
   * Ends the call because its caller gave up (cancelled its future, interrupted its thread):
   * listeners see the attempt in progress end with {@code reason}, or, in a retry back-off, the
   * next attempt start and end with it unsent. Does nothing once the call has its outcome.
   *
   * @param reason a {@link java.util.concurrent.CancellationException} or a {@link
   *     TripwireInterruptedException}
   */
  synchronized void cancel(Throwable reason) {
    if (finished) {
      return;
    }
    if (!attemptOpen) {
      openAttempt();
    }
    endAs(reason);
  }

  /**
   * Ends the call because the calling thread was interrupted.
   *
   * @param where where the call was waiting, such as "for the response"
   * @param cause the interruption as reported, or null
   * @return the exception to throw
   */
  TripwireInterruptedException interrupted(String where, @Nullable Throwable cause) {
    TripwireInterruptedException interrupted =
        new TripwireInterruptedException(
            "The call to the "
                + com.tripwirejs.model.ServiceGeneration.CURRENT.serviceName()
                + " API was interrupted while waiting "
                + where
                + "; it was abandoned"
                + (where.contains("response") ? " and its exchange aborted" : "")
                + ", and the thread's interrupt status is kept",
            cause);
    cancel(interrupted);
    return interrupted;
  }

  private void endAs(Throwable reason) {
    finished = true;
    attemptOpen = false;
    if (reason instanceof TripwireException) {
      lastFailure = (TripwireException) reason;
    }
    lastStatus = null;
    lastRequestId = null;
    Duration took = Duration.ofNanos(System.nanoTime() - attemptStarted);
    notifyEnd(new AttemptOutcome(null, null, took, reason, false));
    log.attempt(
        call, uri, attempt, null, null, took, reason instanceof Exception ? (Exception) reason : null, null);
    endCall(reason);
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
    for (CallListener listener : callListeners) {
      try {
        listener.onAttemptEnd(attemptInfo, outcome);
      } catch (RuntimeException e) {
        log.listenerFailed(listener, e);
      }
    }
  }
}
