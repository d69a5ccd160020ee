package com.tripwirejs.micrometer;

import com.tripwirejs.http.CallOutcome;
import com.tripwirejs.http.RequestCall;
import io.micrometer.observation.Observation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the observation of one API call knows: the call, and its outcome once it ended. A {@link
 * TripwireCallObservationConvention} reads it to name and tag the observation.
 */
public class TripwireCallContext extends Observation.Context {

  private final RequestCall call;
  private volatile @Nullable CallOutcome outcome;

  /**
   * A context for a call that started.
   *
   * @param call the call
   */
  public TripwireCallContext(RequestCall call) {
    this.call = Objects.requireNonNull(call, "call");
  }

  /**
   * The call: its operation, method, path template, URI and start.
   *
   * @return the call
   */
  public RequestCall getCall() {
    return call;
  }

  /**
   * How the call ended; null while it is in progress.
   *
   * @return the outcome, or null
   */
  public @Nullable CallOutcome getOutcome() {
    return outcome;
  }

  /**
   * Sets the call's outcome; {@link ObservationRequestListener} does so before it stops the
   * observation.
   *
   * @param outcome the outcome
   */
  public void setOutcome(CallOutcome outcome) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }
}
