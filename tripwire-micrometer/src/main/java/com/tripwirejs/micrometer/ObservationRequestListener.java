package com.tripwirejs.micrometer;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.CallListener;
import com.tripwirejs.http.CallOutcome;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestCall;
import com.tripwirejs.http.RequestListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Observes a client's API calls with Micrometer: one observation per call ({@code
 * tripwire.client.calls}) and, as its children, one per attempt ({@code tripwire.client.attempts}).
 * With a meter registry they become timers; with Micrometer Tracing, spans.
 *
 * <pre>{@code
 * TripwireClient client = TripwireClient.builder()
 *     .listener(new ObservationRequestListener(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p><b>Parent.</b> A call's observation is the child of the observation current on the thread
 * that makes the call, captured there when the call starts: for a blocking call and for a call
 * through {@code client.async()} alike, so the call's span sits under the caller's span whichever
 * thread the transport completes the future on. The call's observation stays out of the caller's
 * scope (a non-blocking call outlives it); it is opened in scope only for the moment each attempt's
 * observation starts, so that the attempt is its child for tracing handlers too.
 *
 * <p><b>Tags.</b> Low-cardinality only: the operation, method, path template, status, outcome,
 * the API's error code and whether the call was retried; never an id, a URI with ids, a token or a
 * key (see {@link TripwireObservationDocumentation}). A failed call or attempt is also reported to
 * Micrometer as its error ({@link Observation#error(Throwable)}); the SDK's exception messages
 * carry no secret.
 *
 * <p>Names and tags come from {@link DefaultTripwireCallObservationConvention} and {@link
 * DefaultTripwireAttemptObservationConvention}; pass conventions of your own to replace them. A
 * registry without handlers (or {@link ObservationRegistry#NOOP}) costs one check per call.
 * Thread-safe; one instance may serve several clients.
 */
public final class ObservationRequestListener implements RequestListener {

  private final ObservationRegistry registry;
  private final @Nullable TripwireCallObservationConvention callConvention;
  private final @Nullable TripwireAttemptObservationConvention attemptConvention;

  /**
   * Observes calls into {@code registry} with the default conventions.
   *
   * @param registry the application's observation registry
   */
  public ObservationRequestListener(ObservationRegistry registry) {
    this(registry, null, null);
  }

  /**
   * Observes calls into {@code registry} with conventions of your own.
   *
   * @param registry the application's observation registry
   * @param callConvention names and tags calls; null for {@link
   *     DefaultTripwireCallObservationConvention}
   * @param attemptConvention names and tags attempts; null for {@link
   *     DefaultTripwireAttemptObservationConvention}
   */
  public ObservationRequestListener(
      ObservationRegistry registry,
      @Nullable TripwireCallObservationConvention callConvention,
      @Nullable TripwireAttemptObservationConvention attemptConvention) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.callConvention = callConvention;
    this.attemptConvention = attemptConvention;
  }

  /** Starts the call's observation, as the child of the observation current on this thread. */
  @Override
  public CallListener onCallStart(RequestCall call) {
    if (registry.isNoop()) {
      return CallListener.NONE;
    }
    Observation parent = registry.getCurrentObservation();
    TripwireCallContext context = new TripwireCallContext(call);
    Observation observation =
        TripwireObservationDocumentation.CALL.observation(
            callConvention,
            DefaultTripwireCallObservationConvention.INSTANCE,
            () -> context,
            registry);
    if (parent != null) {
      observation.parentObservation(parent);
    }
    observation.start();
    return new CallObservation(observation, context);
  }

  @Override
  public String toString() {
    return "ObservationRequestListener{registry=" + registry.getClass().getSimpleName() + "}";
  }

  /** The observations of one call: the call's, and the one of its attempt in progress. */
  private final class CallObservation implements CallListener {
    private final Observation call;
    private final TripwireCallContext context;
    private volatile @Nullable Observation attempt;
    private volatile @Nullable TripwireAttemptContext attemptContext;

    CallObservation(Observation call, TripwireCallContext context) {
      this.call = call;
      this.context = context;
    }

    @Override
    public void onAttemptStart(RequestAttempt started) {
      TripwireAttemptContext attemptContext = new TripwireAttemptContext(started);
      Observation observation =
          TripwireObservationDocumentation.ATTEMPT.observation(
              attemptConvention,
              DefaultTripwireAttemptObservationConvention.INSTANCE,
              () -> attemptContext,
              registry);
      observation.parentObservation(call);
      this.attemptContext = attemptContext;
      // The call is current while the attempt starts, on whichever thread that is: tracing
      // handlers take the current span over the parent observation's when the two differ (a
      // blocking call's thread still has the caller's span current).
      try (Observation.Scope scope = call.openScope()) {
        this.attempt = observation.start();
      }
    }

    @Override
    public void onAttemptEnd(RequestAttempt ended, AttemptOutcome outcome) {
      Observation observation = attempt;
      TripwireAttemptContext attemptContext = this.attemptContext;
      if (observation == null || attemptContext == null) {
        return;
      }
      attempt = null;
      this.attemptContext = null;
      attemptContext.setOutcome(outcome);
      Throwable error = outcome.error();
      if (error != null) {
        observation.error(error);
      }
      observation.stop();
    }

    @Override
    public void onCallEnd(CallOutcome outcome) {
      context.setOutcome(outcome);
      Throwable error = outcome.error();
      if (error != null) {
        call.error(error);
      }
      call.stop();
    }
  }
}
