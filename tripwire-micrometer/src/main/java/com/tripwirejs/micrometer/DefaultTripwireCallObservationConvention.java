package com.tripwirejs.micrometer;

import com.tripwirejs.http.CallOutcome;
import com.tripwirejs.http.RequestCall;
import com.tripwirejs.micrometer.TripwireObservationDocumentation.CallHighCardinalityKeys;
import com.tripwirejs.micrometer.TripwireObservationDocumentation.CallKeys;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of an API call's observation: the observation (and timer) {@code
 * tripwire.client.calls}, the span named after the operation ({@code getSession}), and the keys of
 * {@link TripwireObservationDocumentation#CALL}.
 *
 * <p>Extend it to add a tag:
 *
 * <pre>{@code
 * class TenantCallConvention extends DefaultTripwireCallObservationConvention {
 *   @Override
 *   public KeyValues getLowCardinalityKeyValues(TripwireCallContext context) {
 *     return super.getLowCardinalityKeyValues(context).and("tenant", Tenant.current().tier());
 *   }
 * }
 * }</pre>
 */
public class DefaultTripwireCallObservationConvention implements TripwireCallObservationConvention {

  /** The observation's name, which is also its timer's: {@value}. */
  public static final String NAME = "tripwire.client.calls";

  /** A shared instance. */
  public static final DefaultTripwireCallObservationConvention INSTANCE =
      new DefaultTripwireCallObservationConvention();

  /** The default convention; see {@link #INSTANCE}. */
  public DefaultTripwireCallObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  /** The operation, such as {@code getSession}. */
  @Override
  public String getContextualName(TripwireCallContext context) {
    return context.getCall().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(TripwireCallContext context) {
    RequestCall call = context.getCall();
    CallOutcome outcome = context.getOutcome();
    return KeyValues.of(
        CallKeys.OPERATION.withValue(call.operation()),
        CallKeys.METHOD.withValue(call.method().name()),
        CallKeys.URI.withValue(call.pathTemplate()),
        CallKeys.STATUS.withValue(Tags.status(outcome == null ? null : outcome.status())),
        CallKeys.OUTCOME.withValue(
            outcome == null
                ? Tags.outcome(true, null, false)
                : Tags.outcome(false, outcome.error(), outcome.cancelled())),
        CallKeys.ERROR_CODE.withValue(Tags.errorCode(outcome == null ? null : outcome.error())),
        CallKeys.RETRIED.withValue(Boolean.toString(outcome != null && outcome.retried())));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(TripwireCallContext context) {
    CallOutcome outcome = context.getOutcome();
    if (outcome == null) {
      return KeyValues.empty();
    }
    KeyValues values =
        KeyValues.of(CallHighCardinalityKeys.ATTEMPTS.withValue(Integer.toString(outcome.attempts())));
    String requestId = outcome.requestId();
    return requestId == null
        ? values
        : values.and(CallHighCardinalityKeys.REQUEST_ID.withValue(requestId));
  }
}
