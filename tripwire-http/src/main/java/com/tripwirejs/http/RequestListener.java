package com.tripwirejs.http;

/**
 * Sees every call and every attempt of every call: the hook for metrics (Micrometer), tracing
 * (OpenTelemetry) or audit logs, without wrapping the transport. It is transport-neutral: every
 * {@link HttpTransport} gives the same events.
 *
 * <p>Two levels:
 *
 * <ul>
 *   <li>Calls: {@link #onCallStart(RequestCall)} is called once per call, on the thread that makes
 *       the call, for blocking and non-blocking calls alike, before anything is sent. Whatever
 *       that thread holds (a current tracing span, an MDC) can be captured there. The {@link
 *       CallListener} it returns then sees that call's attempts and its end, on whichever thread
 *       the call continues.
 *   <li>Attempts: {@link #onAttemptStart(RequestAttempt)} and {@link
 *       #onAttemptEnd(RequestAttempt, AttemptOutcome)} see every attempt of every call, without
 *       per-call state.
 * </ul>
 *
 * <pre>{@code
 * TripwireClient client = TripwireClient.builder()
 *     .listener(new RequestListener() {
 *       @Override
 *       public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
 *         log.info("{} -> {} in {}", attempt.operation(), outcome.status(), outcome.duration());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Called on the thread that runs that part of the call; keep it quick. An exception thrown by a
 * listener is logged and otherwise ignored: a listener never changes the outcome of a call.
 */
public interface RequestListener {

  /**
   * Called when a call starts, on the caller's thread, before its first attempt (and before its
   * credentials are checked). For a non-blocking call it runs before the call's future is
   * returned.
   *
   * @param call the call
   * @return the listener of this call's attempts and outcome; {@link CallListener#NONE}, the
   *     default, to ignore them
   */
  default CallListener onCallStart(RequestCall call) {
    return CallListener.NONE;
  }

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
