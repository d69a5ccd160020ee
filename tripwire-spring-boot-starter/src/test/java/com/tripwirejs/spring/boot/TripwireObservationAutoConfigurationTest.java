package com.tripwirejs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.micrometer.ObservationRequestListener;
import com.tripwirejs.spring.boot.observation.TripwireObservationAutoConfiguration;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The observation auto-configuration: on with a registry and tripwire-micrometer, off otherwise. */
class TripwireObservationAutoConfigurationTest {

  static FakeTripwire fake;

  @BeforeAll
  static void startFake() {
    fake = FakeTripwire.start();
  }

  @AfterAll
  static void stopFake() {
    if (fake != null) {
      fake.close();
    }
  }

  /** The names of the observations that stopped, in order. */
  final List<String> stopped = new CopyOnWriteArrayList<>();

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  TripwireObservationAutoConfiguration.class, TripwireAutoConfiguration.class))
          .withPropertyValues(
              "FOIL_SECRET_KEY=",
              "TRIPWIRE_SECRET_KEY=",
              "tripwire.base-url=" + fake.baseUrl(),
              "tripwire.secret-key=" + fake.secretKey(),
              "tripwire.webhooks.signing-secrets=whsec_observed_0123456789");

  ObservationRegistry registry() {
    ObservationRegistry registry = ObservationRegistry.create();
    registry
        .observationConfig()
        .observationHandler(
            new ObservationHandler<Observation.Context>() {
              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context.getName());
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    return registry;
  }

  void useEverything(TripwireClient client, WebhookVerifier webhooks, SealedTokenVerifier tokens)
      throws Exception {
    String session = fake.sessionIds().get(0);
    client.sessions().get(session);
    client.async().sessions().get(session).get(10, TimeUnit.SECONDS);
    String body = WebhookReceivingTest.TEST_EVENT;
    webhooks.verify(body, WebhookSigner.of("whsec_observed_0123456789").sign(body).headers());
    tokens.verify(fake.sealedToken(session));
  }

  @Test
  void observesCallsAttemptsAndChecksWhenTheApplicationHasARegistry() {
    runner
        .withBean(ObservationRegistry.class, this::registry)
        .run(
            context -> {
              assertThat(context).hasSingleBean(VerificationListener.class);
              useEverything(
                  context.getBean(TripwireClient.class),
                  context.getBean(WebhookVerifier.class),
                  context.getBean(SealedTokenVerifier.class));
              assertThat(stopped)
                  .containsExactly(
                      "tripwire.client.attempts",
                      "tripwire.client.calls",
                      "tripwire.client.attempts",
                      "tripwire.client.calls",
                      "tripwire.verifications",
                      "tripwire.verifications");
            });
  }

  @Test
  void offWithoutARegistry() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(VerificationListener.class);
          assertThat(context).doesNotHaveBean("tripwireObservationClientCustomizer");
          assertThat(context.getBean(WebhookVerifier.class).listener())
              .isSameAs(VerificationListener.NONE);
        });
  }

  @Test
  void offWithoutTripwireMicrometer() {
    runner
        .withBean(ObservationRegistry.class, this::registry)
        .withClassLoader(new FilteredClassLoader(ObservationRequestListener.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean("tripwireObservationClientCustomizer");
              useEverything(
                  context.getBean(TripwireClient.class),
                  context.getBean(WebhookVerifier.class),
                  context.getBean(SealedTokenVerifier.class));
              assertThat(stopped).isEmpty();
            });
  }

  @Test
  void offWhenTurnedOff() {
    runner
        .withBean(ObservationRegistry.class, this::registry)
        .withPropertyValues("tripwire.observations.enabled=false")
        .run(
            context -> {
              useEverything(
                  context.getBean(TripwireClient.class),
                  context.getBean(WebhookVerifier.class),
                  context.getBean(SealedTokenVerifier.class));
              assertThat(stopped).isEmpty();
            });
  }
}
