package com.tripwirejs.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireNetworkException;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.http.testkit.network.TestPki;
import com.tripwirejs.http.testkit.network.TestProxy;
import com.tripwirejs.http.testkit.network.TlsServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client builder's network settings reach the transport it creates, with the client's own
 * {@code environment} function for the proxy variables.
 */
class ClientNetworkTest {

  @TempDir static Path files;

  private static TestPki pki;
  private static TlsServer server;
  private static Path caPem;

  @BeforeAll
  static void start() throws Exception {
    pki = TestPki.create("Client Test CA");
    server = TlsServer.start(pki);
    caPem = pki.writeCaPem(files.resolve("ca.pem"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theClientsEnvironmentNamesTheProxyAndItsCredentials() throws Exception {
    try (TestProxy proxy = TestProxy.requiringCredentials("svc", "s3cret-proxy-password")) {
      Map<String, String> environment =
          Map.of("HTTPS_PROXY", "http://svc:s3cret-proxy-password@127.0.0.1:" + proxy.port());
      try (TripwireClient client =
          TripwireClient.builder()
              .secretKey("sk_test_network")
              .baseUrl(server.uri("").toString())
              .environment(environment::get)
              .network(NetworkSettings.builder().proxyFromEnvironment().trustCertificates(caPem).build())
              .build()) {
        Throwable thrown = catchThrowable(() -> client.sessions().get("sid_1"));
        // the server answers {"ok":true}, not a session: whatever the model makes of it, the call
        // went through the proxy to the server
        assertThat(thrown).isNotInstanceOf(TripwireConnectionException.class);
      }
      assertThat(proxy.tunnels()).containsExactly("localhost:" + server.port());
      assertThat(proxy.challenges()).isEqualTo(1);
    }
  }

  @Test
  void withoutTheCorporateCaTheClientSaysWhatToCheck() {
    try (TripwireClient client =
        TripwireClient.builder()
            .secretKey("sk_test_network")
            .baseUrl(server.uri("").toString())
            .network(NetworkSettings.builder().proxySource(NetworkSettings.ProxySource.NONE).build())
            .build()) {
      assertThatThrownBy(() -> client.sessions().get("sid_1"))
          .isInstanceOf(TripwireNetworkException.class)
          .hasMessageContaining("trustCertificates")
          .extracting(e -> ((TripwireNetworkException) e).problem())
          .isEqualTo(TripwireNetworkException.Problem.SERVER_CERTIFICATE_NOT_TRUSTED);
    }
  }

  @Test
  void networkSettingsAreForTheTransportTheClientCreates() {
    try (JdkHttpTransport transport = JdkHttpTransport.create()) {
      assertThatThrownBy(
              () ->
                  TripwireClient.builder()
                      .secretKey("sk_test_network")
                      .transport(transport)
                      .network(NetworkSettings.builder().trustCertificates(caPem).build())
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("network")
          .hasMessageContaining("transport you pass in");
    }
  }

  @Test
  void aProxyVariableThatIsNotAUrlIsNamedWithoutItsValue() {
    Map<String, String> environment = Map.of("https_proxy", "http://user:pa ss@bad host:80");
    assertThatThrownBy(
            () ->
                TripwireClient.builder()
                    .secretKey("sk_test_network")
                    .environment(environment::get)
                    .network(NetworkSettings.builder().proxyFromEnvironment().build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https_proxy")
        .hasMessageNotContaining("pa ss");
  }

}
