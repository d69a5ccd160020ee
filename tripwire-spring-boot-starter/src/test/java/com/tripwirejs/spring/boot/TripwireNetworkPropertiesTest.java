package com.tripwirejs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.error.TripwireNetworkException;
import com.tripwirejs.testing.FakeTripwire;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code tripwire.network.*} reaches the auto-configured transport, on both transports. */
class TripwireNetworkPropertiesTest {

  static FakeTripwire fake;
  static int closedPort;

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(TripwireAutoConfiguration.class))
          .withPropertyValues("FOIL_SECRET_KEY=", "TRIPWIRE_SECRET_KEY=");

  @BeforeAll
  static void start() throws IOException {
    fake = FakeTripwire.start();
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
  }

  @AfterAll
  static void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  ApplicationContextRunner againstFakeThroughAProxyThatIsNotThere(String transport) {
    return runner.withPropertyValues(
        "tripwire.base-url=" + fake.baseUrl(),
        "tripwire.secret-key=" + fake.secretKey(),
        "tripwire.transport=" + transport,
        "tripwire.network.proxy.host=127.0.0.1",
        "tripwire.network.proxy.port=" + closedPort);
  }

  @Test
  void theProxyOfThePropertiesCarriesEveryCallOnApache() {
    theProxyOfThePropertiesCarriesEveryCall("apache");
  }

  @Test
  void theProxyOfThePropertiesCarriesEveryCallOnTheJdkClient() {
    theProxyOfThePropertiesCarriesEveryCall("jdk");
  }

  @Test
  void hostsOnTheBypassListAreReachedDirectlyOnApache() {
    hostsOnTheBypassListAreReachedDirectly("apache");
  }

  @Test
  void hostsOnTheBypassListAreReachedDirectlyOnTheJdkClient() {
    hostsOnTheBypassListAreReachedDirectly("jdk");
  }

  void theProxyOfThePropertiesCarriesEveryCall(String transport) {
    againstFakeThroughAProxyThatIsNotThere(transport)
        .run(
            context ->
                assertThatThrownBy(
                        () -> context.getBean(TripwireClient.class).sessions().get(fake.sessionIds().get(0)))
                    .isInstanceOfSatisfying(
                        TripwireNetworkException.class,
                        failure ->
                            assertThat(failure.problem())
                                .isEqualTo(TripwireNetworkException.Problem.PROXY_UNREACHABLE)));
  }

  void hostsOnTheBypassListAreReachedDirectly(String transport) {
    againstFakeThroughAProxyThatIsNotThere(transport)
        .withPropertyValues("tripwire.network.proxy.non-proxy-hosts=localhost,127.0.0.1")
        .run(
            context -> {
              String id = fake.sessionIds().get(0);
              assertThat(context.getBean(TripwireClient.class).sessions().get(id).id()).isEqualTo(id);
            });
  }

  @Test
  void aProxyHostWithoutAPortFailsStartupNamingTheProperty() {
    runner
        .withPropertyValues("tripwire.secret-key=sk_test_x", "tripwire.network.proxy.host=proxy.internal")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("tripwire.network.proxy.port"));
  }

  @Test
  void anSslBundleNeedsTheApplicationsSslBundles() {
    runner
        .withPropertyValues("tripwire.secret-key=sk_test_x", "tripwire.network.tls.bundle=corporate")
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("spring.ssl.bundle"));
  }

  @Test
  void aTrustFileThatIsNotThereFailsStartup() {
    runner
        .withPropertyValues(
            "tripwire.secret-key=sk_test_x",
            "tripwire.network.tls.trust-certificates=/nonexistent/corporate-ca.pem")
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("corporate-ca.pem"));
  }

  @Test
  void thePropertiesNeverShowAPassword() {
    runner
        .withPropertyValues(
            "tripwire.secret-key=sk_test_x",
            "tripwire.network.proxy.host=proxy.internal",
            "tripwire.network.proxy.port=3128",
            "tripwire.network.proxy.username=svc-foil",
            "tripwire.network.proxy.password=proxy-pass-123",
            "tripwire.network.tls.trust-store-password=store-pass-456",
            "tripwire.network.tls.client-certificate-password=cert-pass-789")
        .run(
            context -> {
              String shown = context.getBean(TripwireProperties.class).toString();
              assertThat(shown)
                  .contains("proxy.internal", "svc-foil")
                  .doesNotContain("proxy-pass-123", "store-pass-456", "cert-pass-789");
            });
  }
}
