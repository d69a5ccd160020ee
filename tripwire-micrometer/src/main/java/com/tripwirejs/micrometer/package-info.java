/**
 * Micrometer Observation instrumentation of the SDK.
 *
 * <ul>
 *   <li>{@link com.tripwirejs.micrometer.ObservationRequestListener}: one observation per API call
 *       ({@code tripwire.client.calls}) and one per attempt ({@code tripwire.client.attempts}), set
 *       on a client with {@code TripwireClient.builder().listener(...)}.
 *   <li>{@link com.tripwirejs.micrometer.ObservationVerificationListener}: one observation per
 *       webhook, sealed-token or Gate check ({@code tripwire.verifications}), set on a verifier
 *       with {@code listener(...)} or {@code withListener(...)}.
 * </ul>
 *
 * <p>Names, tags and span names come from {@link io.micrometer.observation.ObservationConvention}s
 * that an application can replace: {@link
 * com.tripwirejs.micrometer.TripwireCallObservationConvention}, {@link
 * com.tripwirejs.micrometer.TripwireAttemptObservationConvention} and {@link
 * com.tripwirejs.micrometer.TripwireVerificationObservationConvention}, with the defaults
 * documented by {@link com.tripwirejs.micrometer.TripwireObservationDocumentation}.
 */
@NullMarked
package com.tripwirejs.micrometer;

import org.jspecify.annotations.NullMarked;
