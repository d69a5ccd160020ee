package com.tripwirejs.micrometer;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.micrometer.TripwireObservationDocumentation.AttemptHighCardinalityKeys;
import com.tripwirejs.micrometer.TripwireObservationDocumentation.AttemptKeys;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of an attempt's observation: the observation (and timer) {@code
 * tripwire.client.attempts}, the span named {@code <method> <path template>} ({@code GET
 * /v1/sessions/{sessionId}}), and the keys of {@link TripwireObservationDocumentation#ATTEMPT}.
 * Extend it to add or change a tag, as {@link DefaultTripwireCallObservationConvention} shows.
 */
public class DefaultTripwireAttemptObservationConvention
    implements TripwireAttemptObservationConvention {

  /** The observation's name, which is also its timer's: {@value}. */
  public static final String NAME = "tripwire.client.attempts";

  /** A shared instance. */
  public static final DefaultTripwireAttemptObservationConvention INSTANCE =
      new DefaultTripwireAttemptObservationConvention();

  /** The default convention; see {@link #INSTANCE}. */
  public DefaultTripwireAttemptObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  /** The method and path template, such as {@code GET /v1/sessions/{sessionId}}. */
  @Override
  public String getContextualName(TripwireAttemptContext context) {
    RequestAttempt attempt = context.getAttempt();
    return attempt.method().name() + " " + attempt.pathTemplate();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(TripwireAttemptContext context) {
    RequestAttempt attempt = context.getAttempt();
    AttemptOutcome outcome = context.getOutcome();
    return KeyValues.of(
        AttemptKeys.OPERATION.withValue(attempt.operation()),
        AttemptKeys.METHOD.withValue(attempt.method().name()),
        AttemptKeys.URI.withValue(attempt.pathTemplate()),
        AttemptKeys.STATUS.withValue(Tags.status(outcome == null ? null : outcome.status())),
        AttemptKeys.OUTCOME.withValue(
            outcome == null
                ? Tags.outcome(true, null, false)
                : Tags.outcome(false, outcome.error(), outcome.cancelled())),
        AttemptKeys.ERROR_CODE.withValue(Tags.errorCode(outcome == null ? null : outcome.error())),
        AttemptKeys.RETRY.withValue(Boolean.toString(attempt.attempt() > 1)));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(TripwireAttemptContext context) {
    KeyValues values =
        KeyValues.of(
            AttemptHighCardinalityKeys.ATTEMPT.withValue(
                Integer.toString(context.getAttempt().attempt())));
    AttemptOutcome outcome = context.getOutcome();
    String requestId = outcome == null ? null : outcome.requestId();
    return requestId == null
        ? values
        : values.and(AttemptHighCardinalityKeys.REQUEST_ID.withValue(requestId));
  }
}
