package com.tripwirejs.webhooks;

/**
 * Sees every inbound check of a verifier: webhook deliveries ({@link WebhookVerifier}), sealed
 * tokens ({@link com.tripwirejs.webhooks.token.SealedTokenVerifier}) and, with the {@code
 * tripwire-gate} module, Gate's approved webhook. The hook for metrics and tracing (the {@code
 * tripwire-micrometer} module implements it), without the payloads: a listener learns what was
 * checked and whether it passed, with the reason's code when not.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .addSigningSecret(secret)
 *     .listener(kind -> outcome -> log.info("{} verified: {} {}", kind, outcome.verified(), outcome.reason()))
 *     .build();
 * }</pre>
 *
 * <p>{@link #onVerificationStart(VerificationKind)} is called on the verifying thread before the
 * check; the {@link Verification} it returns is told the outcome on the same thread, exactly once,
 * before the verifier returns or throws. Keep both quick. An exception thrown by a listener is
 * ignored: a listener never changes the outcome of a check.
 */
@FunctionalInterface
public interface VerificationListener {

  /** A listener that ignores every check: the default of every verifier. */
  VerificationListener NONE = kind -> Verification.NONE;

  /**
   * Called when a check starts.
   *
   * @param kind what is checked
   * @return what is told the outcome of this check; {@link Verification#NONE} to ignore it
   */
  Verification onVerificationStart(VerificationKind kind);

  /** One check in progress, told its outcome once. */
  @FunctionalInterface
  interface Verification {

    /** Ignores the outcome. */
    Verification NONE = outcome -> {};

    /**
     * Called once when the check has its outcome.
     *
     * @param outcome how it ended
     */
    void onVerificationEnd(VerificationOutcome outcome);
  }
}
