package com.tripwirejs.webhooks.internal;

import com.tripwirejs.webhooks.VerificationKind;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.VerificationOutcome;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Tells a {@link VerificationListener} about a check so that nothing it throws reaches the check:
 * a listener that fails is logged (WARNING, logger {@code com.tripwirejs.webhooks}) and otherwise
 * ignored.
 */
public final class Observed {

  private static final Logger LOG = System.getLogger("com.tripwirejs.webhooks");

  private Observed() {}

  /**
   * Tells the listener a check starts.
   *
   * @return what to tell the outcome; {@link VerificationListener.Verification#NONE} when the
   *     listener failed or returned null
   */
  public static VerificationListener.Verification start(
      VerificationListener listener, VerificationKind kind) {
    if (listener == VerificationListener.NONE) {
      return VerificationListener.Verification.NONE;
    }
    try {
      VerificationListener.Verification verification = listener.onVerificationStart(kind);
      return verification != null ? verification : VerificationListener.Verification.NONE;
    } catch (RuntimeException e) {
      failed(listener, e);
      return VerificationListener.Verification.NONE;
    }
  }

  /** Tells a check's outcome. */
  public static void end(VerificationListener.Verification verification, VerificationOutcome outcome) {
    if (verification == VerificationListener.Verification.NONE) {
      return;
    }
    try {
      verification.onVerificationEnd(outcome);
    } catch (RuntimeException e) {
      failed(verification, e);
    }
  }

  private static void failed(Object listener, RuntimeException e) {
    LOG.log(
        Level.WARNING,
        "Verification listener " + listener.getClass().getName() + " threw; the check goes on",
        e);
  }
}
