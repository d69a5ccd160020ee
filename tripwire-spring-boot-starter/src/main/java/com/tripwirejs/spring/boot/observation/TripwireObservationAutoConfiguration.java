package com.tripwirejs.spring.boot.observation;

import com.tripwirejs.micrometer.ObservationRequestListener;
import com.tripwirejs.micrometer.ObservationVerificationListener;
import com.tripwirejs.micrometer.TripwireAttemptObservationConvention;
import com.tripwirejs.micrometer.TripwireCallObservationConvention;
import com.tripwirejs.micrometer.TripwireVerificationObservationConvention;
import com.tripwirejs.spring.boot.TripwireAutoConfiguration;
import com.tripwirejs.spring.boot.TripwireClientBuilderCustomizer;
import com.tripwirejs.webhooks.VerificationListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer observations of the SDK, when the application has an {@link ObservationRegistry}
 * bean (Boot makes one with Actuator) and {@code tripwire-micrometer} is on the class path: one
 * {@code tripwire.client.calls} observation per API call with a {@code tripwire.client.attempts}
 * child per attempt, and a {@code tripwire.verifications} observation per webhook, sealed-token or
 * Gate check. Off with {@code tripwire.observations.enabled=false}.
 *
 * <p>Declare a {@link TripwireCallObservationConvention}, {@link
 * TripwireAttemptObservationConvention} or {@link TripwireVerificationObservationConvention} bean
 * to name and tag the observations your way.
 */
@AutoConfiguration(
    before = TripwireAutoConfiguration.class,
    afterName = {
      // Where Boot makes the ObservationRegistry: Boot 4, then Boot 3.
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"
    })
@ConditionalOnClass({ObservationRegistry.class, ObservationRequestListener.class})
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnProperty(name = "tripwire.observations.enabled", matchIfMissing = true)
public class TripwireObservationAutoConfiguration {

  /** Made by Spring Boot. */
  public TripwireObservationAutoConfiguration() {}

  /**
   * Adds the observing listener to the auto-configured client (sync and async).
   *
   * @param registry the application's registry
   * @param calls a convention for calls, if the application has one
   * @param attempts a convention for attempts, if the application has one
   * @return the customizer
   */
  @Bean
  public TripwireClientBuilderCustomizer tripwireObservationClientCustomizer(
      ObservationRegistry registry,
      ObjectProvider<TripwireCallObservationConvention> calls,
      ObjectProvider<TripwireAttemptObservationConvention> attempts) {
    return builder ->
        builder.listener(
            new ObservationRequestListener(
                registry, calls.getIfUnique(), attempts.getIfUnique()));
  }

  /**
   * Observes the checks of the auto-configured webhook verifier, sealed-token verifier and Gate
   * delivery key pair.
   *
   * @param registry the application's registry
   * @param convention a convention for checks, if the application has one
   * @return the listener
   */
  @Bean
  @ConditionalOnMissingBean(VerificationListener.class)
  public ObservationVerificationListener tripwireObservationVerificationListener(
      ObservationRegistry registry,
      ObjectProvider<TripwireVerificationObservationConvention> convention) {
    return new ObservationVerificationListener(registry, convention.getIfUnique());
  }
}
