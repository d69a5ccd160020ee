package com.tripwirejs.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of one API call, all its attempts and retry delays included.
 *
 * <p>Implement it to replace {@link DefaultTripwireCallObservationConvention}, or extend that class
 * to add or change a tag, and give it to the listener's constructor (with Spring Boot, the
 * starter uses a bean of this type).
 */
public interface TripwireCallObservationConvention
    extends ObservationConvention<TripwireCallContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof TripwireCallContext;
  }
}
