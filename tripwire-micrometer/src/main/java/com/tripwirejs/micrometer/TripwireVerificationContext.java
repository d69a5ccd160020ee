package com.tripwirejs.micrometer;

import com.tripwirejs.webhooks.VerificationKind;
import com.tripwirejs.webhooks.VerificationOutcome;
import io.micrometer.observation.Observation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the observation of one inbound check knows: its kind (a webhook, a sealed token, a Gate
 * check), and its outcome once it ended. Never the payload, token, body or a header value. A
 * {@link TripwireVerificationObservationConvention} reads it to name and tag the observation.
 */
public class TripwireVerificationContext extends Observation.Context {

  private final VerificationKind kind;
  private volatile @Nullable VerificationOutcome outcome;

  /**
   * A context for a check that started.
   *
   * @param kind what is checked
   */
  public TripwireVerificationContext(VerificationKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * What is checked.
   *
   * @return the kind
   */
  public VerificationKind getKind() {
    return kind;
  }

  /**
   * How the check ended; null while it is in progress.
   *
   * @return the outcome, or null
   */
  public @Nullable VerificationOutcome getOutcome() {
    return outcome;
  }

  /**
   * Sets the check's outcome; {@link ObservationVerificationListener} does so before it stops the
   * observation.
   *
   * @param outcome the outcome
   */
  public void setOutcome(VerificationOutcome outcome) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }
}
