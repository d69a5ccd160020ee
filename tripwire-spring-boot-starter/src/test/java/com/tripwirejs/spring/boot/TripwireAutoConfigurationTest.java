package com.tripwirejs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.error.AuthenticationException;
import com.tripwirejs.http.error.TripwireResponseTooLargeException;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.spring.boot.gate.TripwireGateAutoConfiguration;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhooksWebFluxAutoConfiguration;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhooksWebMvcAutoConfiguration;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every condition of the auto-configuration, with the fake API behind the client. */
class TripwireAutoConfigurationTest {

  static final AutoConfigurations ALL =
      AutoConfigurations.of(
          TripwireAutoConfiguration.class,
          TripwireWebhooksWebMvcAutoConfiguration.class,
          TripwireWebhooksWebFluxAutoConfiguration.class,
          TripwireGateAutoConfiguration.class);

  static FakeTripwire fake;

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(ALL)
          // The machine's own variables must not decide what these tests see.
          .withPropertyValues("FOIL_SECRET_KEY=", "TRIPWIRE_SECRET_KEY=");

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

  ApplicationContextRunner againstFake() {
    return runner.withPropertyValues("tripwire.base-url=" + fake.baseUrl());
  }

  String firstSession(TripwireClient client) {
    return client.sessions().get(fake.sessionIds().get(0)).id();
  }

  @Test
  void makesTheClientTheAsyncClientAndAnApacheTransportByDefault() {
    againstFake()
        .withPropertyValues("tripwire.secret-key=" + fake.secretKey())
        .run(
            context -> {
              assertThat(context).hasSingleBean(TripwireClient.class);
              assertThat(context).hasSingleBean(TripwireAsyncClient.class);
              assertThat(context.getBean(HttpTransport.class)).isInstanceOf(ApacheHttpTransport.class);
              assertThat(firstSession(context.getBean(TripwireClient.class)))
                  .isEqualTo(fake.sessionIds().get(0));
              assertThat(
                      context
                          .getBean(TripwireAsyncClient.class)
                          .sessions()
                          .get(fake.sessionIds().get(0))
                          .get(10, TimeUnit.SECONDS)
                          .id())
                  .isEqualTo(fake.sessionIds().get(0));
            });
  }

  @Test
  void theJdkTransportWhenAsked() {
    againstFake()
        .withPropertyValues(
            "tripwire.secret-key=" + fake.secretKey(),
            "tripwire.transport=jdk",
            "tripwire.max-connections=3")
        .run(
            context -> {
              HttpTransport transport = context.getBean(HttpTransport.class);
              assertThat(transport).isInstanceOf(JdkHttpTransport.class);
              assertThat(transport.maxConcurrentRequests()).isEqualTo(3);
              assertThat(firstSession(context.getBean(TripwireClient.class)))
                  .isEqualTo(fake.sessionIds().get(0));
            });
  }

  @Test
  void maxConnectionsBoundsTheApacheTransport() {
    runner
        .withPropertyValues("tripwire.max-connections=7")
        .run(
            context ->
                assertThat(context.getBean(HttpTransport.class).maxConcurrentRequests())
                    .isEqualTo(7));
  }

  @Test
  void readsTheSecretKeyFromFoilSecretKeyFirst() {
    againstFake()
        .withPropertyValues(
            "FOIL_SECRET_KEY=" + fake.secretKey(), "TRIPWIRE_SECRET_KEY=sk_test_wrong")
        .run(context -> assertThat(firstSession(context.getBean(TripwireClient.class))).isNotNull());
    againstFake()
        .withPropertyValues(
            "FOIL_SECRET_KEY=sk_test_wrong", "TRIPWIRE_SECRET_KEY=" + fake.secretKey())
        .run(
            context ->
                assertThatThrownBy(() -> firstSession(context.getBean(TripwireClient.class)))
                    .isInstanceOf(AuthenticationException.class));
  }

  @Test
  void readsTheSecretKeyFromTripwireSecretKeyWhenFoilSecretKeyIsUnsetOrBlank() {
    againstFake()
        .withPropertyValues("FOIL_SECRET_KEY= ", "TRIPWIRE_SECRET_KEY=" + fake.secretKey())
        .run(context -> assertThat(firstSession(context.getBean(TripwireClient.class))).isNotNull());
  }

  @Test
  void thePropertyWinsOverTheEnvironment() {
    againstFake()
        .withPropertyValues(
            "tripwire.secret-key=" + fake.secretKey(), "FOIL_SECRET_KEY=sk_test_wrong")
        .run(context -> assertThat(firstSession(context.getBean(TripwireClient.class))).isNotNull());
  }

  @Test
  void maxResponseSizeIsApplied() {
    againstFake()
        .withPropertyValues("tripwire.secret-key=" + fake.secretKey(), "tripwire.max-response-size=64B")
        .run(
            context ->
                assertThatThrownBy(() -> firstSession(context.getBean(TripwireClient.class)))
                    .isInstanceOf(TripwireResponseTooLargeException.class));
  }

  @Test
  void customizersSeeTheBuilderAfterTheProperties() {
    List<String> seen = new CopyOnWriteArrayList<>();
    againstFake()
        .withPropertyValues("tripwire.secret-key=" + fake.secretKey())
        .withBean(
            TripwireClientBuilderCustomizer.class,
            () ->
                builder ->
                    builder.listener(
                        new RequestListener() {
                          @Override
                          public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
                            seen.add(attempt.method() + " " + outcome.status());
                          }
                        }))
        .run(context -> firstSession(context.getBean(TripwireClient.class)));
    assertThat(seen).containsExactly("GET 200");
  }

  @Test
  void closesTheClientAndItsTransportWithTheContext() {
    TripwireClient[] client = new TripwireClient[1];
    againstFake()
        .withPropertyValues("tripwire.secret-key=" + fake.secretKey())
        .run(context -> client[0] = context.getBean(TripwireClient.class));
    assertThatThrownBy(() -> firstSession(client[0])).isInstanceOf(RuntimeException.class);
  }

  @Test
  void backsOffWhenTheApplicationHasItsOwnClient() {
    runner
        .withUserConfiguration(OwnClient.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(TripwireClient.class);
              assertThat(context.getBean(TripwireClient.class)).isSameAs(OwnClient.CLIENT);
              assertThat(context).doesNotHaveBean(HttpTransport.class);
              assertThat(context.getBean(TripwireAsyncClient.class)).isNotNull();
            });
  }

  @Test
  void usesTheApplicationsOwnTransport() {
    runner
        .withUserConfiguration(OwnTransport.class)
        .run(
            context -> {
              assertThat(context.getBean(HttpTransport.class)).isSameAs(context.getBean("ownTransport"));
              assertThat(context).hasSingleBean(TripwireClient.class);
            });
  }

  @Test
  void noClientWithoutTheSdkOnTheClassPath() {
    runner
        .withClassLoader(new FilteredClassLoader(TripwireClient.class))
        .run(context -> assertThat(context).doesNotHaveBean(TripwireProperties.class));
  }

  @Test
  void noWebhookVerifierWithoutSigningSecrets() {
    runner.run(context -> assertThat(context).doesNotHaveBean(WebhookVerifier.class));
    runner
        .withPropertyValues("tripwire.webhooks.signing-secrets= ")
        .run(context -> assertThat(context).doesNotHaveBean(WebhookVerifier.class));
  }

  @Test
  void theWebhookVerifierAcceptsEverySigningSecretAndNoOther() {
    String body =
        "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
            + "\"created\":\"2026-01-02T00:00:00.000Z\","
            + "\"data\":{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}}";
    runner
        .withPropertyValues("tripwire.webhooks.signing-secrets=whsec_new_1234567890,whsec_old_1234567890")
        .run(
            context -> {
              WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
              WebhookEvent event =
                  verifier.verify(body, WebhookSigner.of("whsec_new_1234567890").sign(body).headers());
              assertThat(event.id()).isEqualTo("wevt_1");
              verifier.verify(body, WebhookSigner.of("whsec_old_1234567890").sign(body).headers());
              assertThatThrownBy(
                      () ->
                          verifier.verify(
                              body, WebhookSigner.of("whsec_other_123456789").sign(body).headers()))
                  .isInstanceOf(WebhookVerificationException.class);
              assertThat(verifier.toString()).doesNotContain("whsec_");
            });
  }

  @Test
  void rejectUnknownEventTypesIsApplied() {
    String body =
        "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"session.deleted\","
            + "\"created\":\"2026-01-02T00:00:00.000Z\",\"data\":{}}";
    runner
        .withPropertyValues(
            "tripwire.webhooks.signing-secrets=whsec_new_1234567890",
            "tripwire.webhooks.reject-unknown-event-types=true")
        .run(
            context ->
                assertThatThrownBy(
                        () ->
                            context
                                .getBean(WebhookVerifier.class)
                                .verify(body, WebhookSigner.of("whsec_new_1234567890").sign(body).headers()))
                    .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e ->
                            assertThat(e.reason())
                                .isEqualTo(WebhookVerificationException.Reason.UNKNOWN_EVENT_TYPE)));
  }

  @Test
  void noSealedTokenVerifierWithoutAKey() {
    runner.run(context -> assertThat(context).doesNotHaveBean(SealedTokenVerifier.class));
  }

  @Test
  void theSealedTokenVerifierUsesTheClientsKey() {
    String session = fake.sessionIds().get(0);
    runner
        .withPropertyValues("tripwire.secret-key=" + fake.secretKey())
        .run(
            context ->
                assertThat(
                        context.getBean(SealedTokenVerifier.class).verify(fake.sealedToken(session)))
                    .isNotNull());
    runner
        .withPropertyValues("TRIPWIRE_SECRET_KEY=" + fake.secretKey())
        .run(
            context ->
                assertThat(
                        context.getBean(SealedTokenVerifier.class).verify(fake.sealedToken(session)))
                    .isNotNull());
  }

  @Test
  void theSealedTokenVerifierAcceptsEveryKeyOfARotation() {
    String session = fake.sessionIds().get(0);
    String previous = "sk_test_previous_0123456789abcdef";
    runner
        .withPropertyValues(
            "tripwire.sealed-token.secret-keys=" + fake.secretKey() + "," + previous)
        .run(
            context -> {
              SealedTokenVerifier verifier = context.getBean(SealedTokenVerifier.class);
              verifier.verify(fake.sealedToken(session, List.of(previous)));
              verifier.verify(fake.sealedToken(session, List.of(fake.secretKey())));
              assertThat(verifier.toString()).doesNotContain(previous).doesNotContain(fake.secretKey());
            });
  }

  @Test
  void theGateKeyPairWhenItsKeyIsSet() {
    GateDeliveryKeyPair generated = GateDeliveryKeyPair.generate();
    runner
        .withPropertyValues("tripwire.gate.delivery-private-key=" + generated.exportPkcs8().reveal())
        .run(
            context ->
                assertThat(context.getBean(GateDeliveryKeyPair.class).keyId())
                    .isEqualTo(generated.keyId()));
    runner.run(context -> assertThat(context).doesNotHaveBean(GateDeliveryKeyPair.class));
  }

  @Test
  void noGateKeyPairWithoutTripwireGate() {
    runner
        .withClassLoader(new FilteredClassLoader(GateDeliveryKeyPair.class))
        .withPropertyValues(
            "tripwire.gate.delivery-private-key="
                + GateDeliveryKeyPair.generate().exportPkcs8().reveal())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("tripwireGateDeliveryKeyPair");
            });
  }

  @Test
  void aBadGateKeyFailsStartupWithoutShowingIt() {
    runner
        .withPropertyValues("tripwire.gate.delivery-private-key=not-a-key-SECRETVALUE")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasRootCauseInstanceOf(com.tripwirejs.gate.delivery.GateDeliveryException.class);
              assertThat(stackTrace(context.getStartupFailure())).doesNotContain("SECRETVALUE");
            });
  }

  @Test
  void thePropertiesNeverShowASecret() {
    String gateKey = GateDeliveryKeyPair.generate().exportPkcs8().reveal();
    runner
        .withPropertyValues(
            "tripwire.secret-key=sk_test_SECRET1",
            "tripwire.webhooks.signing-secrets=whsec_SECRET2",
            "tripwire.sealed-token.secret-keys=sk_test_SECRET3",
            "tripwire.gate.delivery-private-key=" + gateKey)
        .run(
            context -> {
              String text = context.getBean(TripwireProperties.class).toString();
              assertThat(text)
                  .doesNotContain("SECRET")
                  .doesNotContain(gateKey)
                  .contains("secretKey=(set)");
              assertThat(context.getBean(TripwireClient.class).toString()).doesNotContain("SECRET");
            });
  }

  @Test
  void theWebMvcResolverOnlyInServletApplications() {
    new WebApplicationContextRunner()
        .withConfiguration(ALL)
        .run(context -> assertThat(context).hasBean("tripwireWebhookWebMvcConfigurer"));
    runner.run(context -> assertThat(context).doesNotHaveBean("tripwireWebhookWebMvcConfigurer"));
    new WebApplicationContextRunner()
        .withConfiguration(ALL)
        .withClassLoader(new FilteredClassLoader(WebMvcConfigurer.class))
        .run(context -> assertThat(context).doesNotHaveBean("tripwireWebhookWebMvcConfigurer"));
  }

  @Test
  void theWebFluxResolverOnlyInReactiveApplications() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(ALL)
        .run(
            context -> {
              assertThat(context).hasBean("tripwireWebhookWebFluxConfigurer");
              assertThat(context).doesNotHaveBean("tripwireWebhookWebMvcConfigurer");
            });
    new WebApplicationContextRunner()
        .withConfiguration(ALL)
        .run(context -> assertThat(context).doesNotHaveBean("tripwireWebhookWebFluxConfigurer"));
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(ALL)
        .withClassLoader(new FilteredClassLoader(WebFluxConfigurer.class))
        .run(context -> assertThat(context).doesNotHaveBean("tripwireWebhookWebFluxConfigurer"));
  }

  private static String stackTrace(Throwable failure) {
    java.io.StringWriter out = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    static final TripwireClient CLIENT =
        TripwireClient.builder().secretKey("sk_test_own").baseUrl("http://localhost:9").build();

    @Bean
    TripwireClient ownClient() {
      return CLIENT;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnTransport {
    @Bean
    HttpTransport ownTransport() {
      return JdkHttpTransport.create();
    }
  }
}
