package com.tripwirejs.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of one inbound check: a webhook delivery, a sealed token, a Gate check.
 *
 * <p>Implement it to replace {@link DefaultTripwireVerificationObservationConvention}, or extend that class
 * to add or change a tag, and give it to the listener's constructor (with Spring Boot, the
 * starter uses a bean of this type).
 */
public interface TripwireVerificationObservationConvention
    extends ObservationConvention<TripwireVerificationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof TripwireVerificationContext;
  }
}
