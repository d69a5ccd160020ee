package com.tripwirejs.http;

/**
 * Sees one call from its first attempt to its outcome: what {@link
 * RequestListener#onCallStart(RequestCall)} returns for the call it was told about. Per-call state
 * (a timer sample, a tracing span) lives in the instance, so no map from calls to state is needed.
 *
 * <p>Its methods are called on the thread that runs that part of the call: for a blocking call the
 * caller's thread; for a non-blocking call the thread that completes each exchange (a transport or
 * executor thread), which is usually not the thread that started the call. Calls of one instance
 * never overlap, and each happens after the previous one. Keep them quick; an exception thrown
 * here is logged and otherwise ignored.
 *
 * <p>The order is: for each attempt {@link #onAttemptStart} then {@link #onAttemptEnd}, then
 * {@link #onCallEnd} exactly once. A call that fails before its first attempt (no secret key, a
 * timeout that has already passed) goes straight to {@link #onCallEnd}.
 */
public interface CallListener {

  /** A listener that ignores the call. */
  CallListener NONE = new CallListener() {};

  /**
   * Called before an attempt of this call is sent; the same attempt that {@link
   * RequestListener#onAttemptStart(RequestAttempt)} sees.
   *
   * @param attempt the attempt
   */
  default void onAttemptStart(RequestAttempt attempt) {}

  /**
   * Called when an attempt of this call has its outcome; the same outcome that {@link
   * RequestListener#onAttemptEnd(RequestAttempt, AttemptOutcome)} sees.
   *
   * @param attempt the attempt
   * @param outcome what happened
   */
  default void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {}

  /**
   * Called once when the call has its outcome: before its caller gets the result or the failure
   * (a blocking call returns or throws, a future completes), except for a caller that gave up,
   * which is told first.
   *
   * @param outcome how the call ended
   */
  default void onCallEnd(CallOutcome outcome) {}
}
