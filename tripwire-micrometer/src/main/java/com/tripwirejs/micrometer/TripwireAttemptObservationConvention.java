package com.tripwirejs.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of one attempt of an API call: one HTTP exchange.
 *
 * <p>Implement it to replace {@link DefaultTripwireAttemptObservationConvention}, or extend that class
 * to add or change a tag, and give it to the listener's constructor (with Spring Boot, the
 * starter uses a bean of this type).
 */
public interface TripwireAttemptObservationConvention
    extends ObservationConvention<TripwireAttemptContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof TripwireAttemptContext;
  }
}
