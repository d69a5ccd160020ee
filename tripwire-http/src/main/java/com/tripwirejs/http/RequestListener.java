package com.tripwirejs.http;

/**
 * Sees every attempt of every call: the hook for metrics (Micrometer), tracing (OpenTelemetry) or
 * audit logs, without wrapping the transport.
 *
 * <p>Called on the thread that runs the attempt; keep it quick. An exception thrown by a listener
 * is logged and otherwise ignored: a listener never changes the outcome of a call.
 */
public interface RequestListener {

  /**
   * Called before an attempt is sent.
   *
   * @param attempt the attempt
   */
  default void onAttemptStart(RequestAttempt attempt) {}

  /**
   * Called when an attempt has its outcome: a response of any status, or a failure. Every
   * attempt that started ends exactly once; a call its caller gave up on ends with an outcome
   * whose {@link AttemptOutcome#cancelled()} is true.
   *
   * @param attempt the attempt
   * @param outcome what happened
   */
  default void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {}
}
