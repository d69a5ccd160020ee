package com.tripwirejs.micrometer;

import com.tripwirejs.micrometer.TripwireObservationDocumentation.VerificationKeys;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.VerificationOutcome;
import io.micrometer.common.KeyValues;
import java.util.Locale;

/**
 * The default names and tags of an inbound check's observation: the observation (and timer)
 * {@code tripwire.verifications}, the span named {@code verify <kind>} ({@code verify webhook}),
 * and the keys of {@link TripwireObservationDocumentation#VERIFICATION}. Extend it to add or change
 * a tag, as {@link DefaultTripwireCallObservationConvention} shows.
 */
public class DefaultTripwireVerificationObservationConvention
    implements TripwireVerificationObservationConvention {

  /** The observation's name, which is also its timer's: {@value}. */
  public static final String NAME = "tripwire.verifications";

  /** A shared instance. */
  public static final DefaultTripwireVerificationObservationConvention INSTANCE =
      new DefaultTripwireVerificationObservationConvention();

  /** The default convention; see {@link #INSTANCE}. */
  public DefaultTripwireVerificationObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  /** {@code verify} and the kind, such as {@code verify webhook}. */
  @Override
  public String getContextualName(TripwireVerificationContext context) {
    return "verify " + context.getKind().name();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(TripwireVerificationContext context) {
    VerificationOutcome outcome = context.getOutcome();
    String result;
    String reason = Values.NONE;
    String generation = Values.NONE;
    String eventType = Values.NONE;
    if (outcome == null) {
      result = "UNKNOWN";
    } else {
      result = outcome.verified() ? "VERIFIED" : "REJECTED";
      if (outcome.reason() != null) {
        reason = Values.reason(outcome.reason());
      }
      ServiceGeneration headers = outcome.generation();
      if (headers != null) {
        generation = headers.name().toLowerCase(Locale.ROOT);
      }
      eventType = Values.bounded(outcome.eventType());
    }
    return KeyValues.of(
        VerificationKeys.KIND.withValue(context.getKind().name()),
        VerificationKeys.OUTCOME.withValue(result),
        VerificationKeys.REASON.withValue(reason),
        VerificationKeys.GENERATION.withValue(generation),
        VerificationKeys.EVENT_TYPE.withValue(eventType));
  }
}
