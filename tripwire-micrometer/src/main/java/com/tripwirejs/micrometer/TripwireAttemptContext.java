package com.tripwirejs.micrometer;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.RequestAttempt;
import io.micrometer.observation.Observation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the observation of one attempt of an API call knows: the attempt, and its outcome once it
 * ended. A {@link TripwireAttemptObservationConvention} reads it to name and tag the observation.
 */
public class TripwireAttemptContext extends Observation.Context {

  private final RequestAttempt attempt;
  private volatile @Nullable AttemptOutcome outcome;

  /**
   * A context for an attempt that started.
   *
   * @param attempt the attempt
   */
  public TripwireAttemptContext(RequestAttempt attempt) {
    this.attempt = Objects.requireNonNull(attempt, "attempt");
  }

  /**
   * The attempt: its operation, method, path template, URI, number and start.
   *
   * @return the attempt
   */
  public RequestAttempt getAttempt() {
    return attempt;
  }

  /**
   * How the attempt ended; null while it is in progress.
   *
   * @return the outcome, or null
   */
  public @Nullable AttemptOutcome getOutcome() {
    return outcome;
  }

  /**
   * Sets the attempt's outcome; {@link ObservationRequestListener} does so before it stops the
   * observation.
   *
   * @param outcome the outcome
   */
  public void setOutcome(AttemptOutcome outcome) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }
}
