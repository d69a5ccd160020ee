package com.tripwirejs.http.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireNetworkException;
import com.tripwirejs.http.error.TripwireNetworkException.Problem;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.http.internal.RequestPipeline;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.http.testkit.network.MutualTlsServer;
import com.tripwirejs.http.testkit.network.TestPki;
import com.tripwirejs.http.testkit.network.TestProxy;
import com.tripwirejs.http.testkit.network.TlsServer;
import com.tripwirejs.model.Secret;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped transport, blocking and non-blocking, against real parts on this machine: a
 * forward proxy that tunnels https with {@code CONNECT} and requires Basic credentials, an HTTPS
 * server with a certificate of a CA made at test time, and one that requires a client
 * certificate. Calls go through the SDK's pipeline, so failures are the documented exceptions.
 */
class ProxyAndTlsTest {

  private static final String USER = "proxy-user";
  private static final String PASSWORD = "proxy-pa55word-never-printed";
  private static final ApiCall GET =
      ApiCall.builder("getThing", HttpMethod.GET, "/v1/things/{id}").pathValue("t_1").build();

  @TempDir static Path files;

  private static TestPki pki;
  private static TestPki otherPki;
  private static TlsServer server;
  private static MutualTlsServer mutualServer;
  private static Path caPem;

  enum Transport {
    APACHE,
    JDK;

    HttpTransport build(NetworkSettings network) {
      if (this == APACHE) {
        return ApacheHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).network(network).build();
      }
      return JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).network(network).build();
    }
  }

  static Stream<Arguments> transports() {
    return Stream.of(
        Arguments.of(Transport.APACHE, false),
        Arguments.of(Transport.APACHE, true),
        Arguments.of(Transport.JDK, false),
        Arguments.of(Transport.JDK, true));
  }

  @BeforeAll
  static void start() throws Exception {
    pki = TestPki.create("Tripwire Test CA");
    otherPki = TestPki.create("Some Other CA");
    server = TlsServer.start(pki);
    mutualServer = MutualTlsServer.start(pki);
    caPem = pki.writeCaPem(files.resolve("ca.pem"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (mutualServer != null) {
      mutualServer.close();
    }
  }

  /** Whether the JDK client of this JVM sends Basic credentials on a CONNECT. */
  static boolean jdkTunnelsBasic() {
    String disabled = System.getProperty("jdk.http.auth.tunneling.disabledSchemes");
    return disabled != null && !disabled.toLowerCase().contains("basic");
  }

  @org.junit.jupiter.api.Test
  void theJvmLetsTheJdkClientTunnelBasicOnlyInTheRunMadeForIt() {
    assertThat(jdkTunnelsBasic()).isEqualTo(Boolean.getBoolean("tripwire.test.jdkBasicTunneling"));
  }

  private static NetworkSettings.Builder trusting() {
    return NetworkSettings.builder().trustCertificates(caPem);
  }

  /** Sends one call to the server through a pipeline on a transport with these settings. */
  private static TransportResponse call(
      Transport transport, boolean async, NetworkSettings network, TlsServer target) {
    return call(transport, async, network, target.uri(""));
  }

  private static TransportResponse call(
      Transport transport, boolean async, NetworkSettings network, MutualTlsServer target) {
    return call(transport, async, network, target.uri(""));
  }

  private static TransportResponse call(
      Transport transport, boolean async, NetworkSettings network, java.net.URI target) {
    RequestPipeline pipeline =
        RequestPipeline.builder()
            .transport(transport.build(network), true)
            .baseUrl(target.toString())
            .secretKey(Secret.of("sk_test_network"))
            .timeout(Duration.ofSeconds(10))
            .responseTimeout(Duration.ofSeconds(10))
            .retryPolicy(RetryPolicy.none())
            .listeners(List.of())
            .build();
    try (pipeline) {
      if (!async) {
        return pipeline.send(GET, RequestOptions.none());
      }
      try {
        return pipeline.sendAsync(GET, RequestOptions.none()).join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    }
  }

  private static TripwireNetworkException networkFailure(
      Transport transport, boolean async, NetworkSettings network, TlsServer target) {
    return networkFailure(transport, async, network, target.uri(""));
  }

  private static TripwireNetworkException networkFailure(
      Transport transport, boolean async, NetworkSettings network, MutualTlsServer target) {
    return networkFailure(transport, async, network, target.uri(""));
  }

  private static TripwireNetworkException networkFailure(
      Transport transport, boolean async, NetworkSettings network, java.net.URI target) {
    Throwable thrown = catchThrowable(() -> call(transport, async, network, target));
    assertThat(thrown).isInstanceOf(TripwireNetworkException.class);
    TripwireNetworkException failure = (TripwireNetworkException) thrown;
    assertThat(failure.requestMayHaveBeenSent()).isFalse();
    assertThat(failure.getMessage()).doesNotContain(PASSWORD).doesNotContain("sk_test_network");
    assertThat(String.valueOf(failure)).doesNotContain(PASSWORD);
    return failure;
  }

  // ---- TLS trust

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void aServerCertificateOfAnUnknownCaIsNotTrusted(Transport transport, boolean async) {
    int served = server.served();
    TripwireNetworkException failure =
        networkFailure(transport, async, NetworkSettings.defaults(), server);
    assertThat(failure.problem()).isEqualTo(Problem.SERVER_CERTIFICATE_NOT_TRUSTED);
    assertThat(failure.getMessage()).contains("trustStore").contains("trustCertificates");
    assertThat(server.served()).isEqualTo(served);
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void aTrustedCertificateForAnotherHostIsRefused(Transport transport, boolean async)
      throws Exception {
    try (TlsServer elsewhere = TlsServer.startForHost(pki, "api.elsewhere.test")) {
      TripwireNetworkException failure =
          networkFailure(transport, async, trusting().build(), elsewhere);
      assertThat(failure.problem()).isEqualTo(Problem.SERVER_CERTIFICATE_NOT_TRUSTED);
      assertThat(failure.getMessage()).contains("host name");
      assertThat(elsewhere.served()).isZero();
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void trustingAnotherCaIsNotEnough(Transport transport, boolean async) {
    NetworkSettings network = NetworkSettings.builder().trustStore(otherPki.trustStore()).build();
    assertThat(networkFailure(transport, async, network, server).problem())
        .isEqualTo(Problem.SERVER_CERTIFICATE_NOT_TRUSTED);
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void theCorporateCaAsAPemFileIsTrusted(Transport transport, boolean async) {
    TransportResponse response = call(transport, async, trusting().build(), server);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("X-Path")).isEqualTo("/v1/things/t_1");
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void aTrustStoreFileIsTrusted(Transport transport, boolean async) throws Exception {
    Path store = TestPki.write(pki.trustStore(), files.resolve("trust-" + transport + async + ".p12"));
    NetworkSettings network =
        NetworkSettings.builder().trustStore(store, Secret.of(TestPki.PASSWORD)).build();
    assertThat(call(transport, async, network, server).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void anSslContextIsUsedAsItIs(Transport transport, boolean async) {
    NetworkSettings network =
        NetworkSettings.builder()
            .sslContext(TestPki.context(pki.clientKeyStore("context-client"), pki.trustStore()))
            .build();
    assertThat(call(transport, async, network, mutualServer).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void tlsVersionsLimitTheHandshake(Transport transport, boolean async) throws Exception {
    try (TlsServer tls12 = TlsServer.startWithProtocols(pki, "TLSv1.2")) {
      assertThat(call(transport, async, trusting().build(), tls12).status()).isEqualTo(200);
      Throwable thrown =
          catchThrowable(() -> call(transport, async, trusting().tlsVersions("TLSv1.3").build(), tls12));
      assertThat(thrown).isInstanceOf(TripwireConnectionException.class);
      assertThat(tls12.served()).isEqualTo(1);
    }
  }

  // ---- mutual TLS

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void theClientCertificateIsPresented(Transport transport, boolean async) throws Exception {
    Path p12 = TestPki.write(pki.clientKeyStore("client"), files.resolve("client-" + transport + async + ".p12"));
    NetworkSettings network =
        trusting().clientCertificate(p12, Secret.of(TestPki.PASSWORD)).build();
    assertThat(call(transport, async, network, mutualServer).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void noClientCertificateIsRefused(Transport transport, boolean async) {
    int served = mutualServer.served();
    TripwireNetworkException failure = networkFailure(transport, async, trusting().build(), mutualServer);
    assertThat(failure.problem()).isEqualTo(Problem.CLIENT_CERTIFICATE_REFUSED);
    assertThat(failure.getMessage()).contains("clientCertificate");
    assertThat(mutualServer.served()).isEqualTo(served);
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void aClientCertificateOfAnotherCaIsRefused(Transport transport, boolean async) {
    NetworkSettings network =
        trusting()
            .clientCertificate(otherPki.clientKeyStore("stranger"), Secret.of(TestPki.PASSWORD))
            .build();
    assertThat(networkFailure(transport, async, network, mutualServer).problem())
        .isEqualTo(Problem.CLIENT_CERTIFICATE_REFUSED);
  }

  // ---- proxy

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void httpsIsTunnelledThroughTheProxy(Transport transport, boolean async) throws Exception {
    try (TestProxy proxy = TestProxy.open()) {
      NetworkSettings network = trusting().proxy("127.0.0.1", proxy.port()).build();
      assertThat(call(transport, async, network, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).containsExactly("localhost:" + server.port());
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void proxyCredentialsAreAnsweredToTheChallenge(Transport transport, boolean async)
      throws Exception {
    try (TestProxy proxy = TestProxy.requiringCredentials(USER, PASSWORD)) {
      NetworkSettings network =
          trusting()
              .proxy("127.0.0.1", proxy.port())
              .proxyCredentials(USER, Secret.of(PASSWORD))
              .build();
      if (transport == Transport.JDK && !jdkTunnelsBasic()) {
        assertThatThrownBy(() -> transport.build(network))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("jdk.http.auth.tunneling.disabledSchemes")
            .hasMessageContaining("ApacheHttpTransport");
        return;
      }
      assertThat(call(transport, async, network, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).containsExactly("localhost:" + server.port());
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void refusedProxyCredentialsSaySo(Transport transport, boolean async) throws Exception {
    if (transport == Transport.JDK && !jdkTunnelsBasic()) {
      return; // refused at build time, as the test above shows
    }
    try (TestProxy proxy = TestProxy.requiringCredentials(USER, PASSWORD)) {
      String wrong = "wrong-" + PASSWORD;
      NetworkSettings network =
          trusting().proxy("127.0.0.1", proxy.port()).proxyCredentials(USER, Secret.of(wrong)).build();
      TripwireNetworkException failure = networkFailure(transport, async, network, server);
      assertThat(failure.problem()).isEqualTo(Problem.PROXY_AUTHENTICATION_FAILED);
      assertThat(failure.getMessage())
          .contains("refused the proxy credentials")
          .contains("proxyCredentials")
          .contains("127.0.0.1:" + proxy.port())
          .doesNotContain(wrong);
      assertThat(proxy.tunnels()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void aProxyThatWantsCredentialsWithoutAnySaysSo(Transport transport, boolean async)
      throws Exception {
    try (TestProxy proxy = TestProxy.requiringCredentials(USER, PASSWORD)) {
      NetworkSettings network = trusting().proxy("127.0.0.1", proxy.port()).build();
      TripwireNetworkException failure = networkFailure(transport, async, network, server);
      assertThat(failure.problem()).isEqualTo(Problem.PROXY_AUTHENTICATION_FAILED);
      assertThat(failure.getMessage()).contains("none were given").contains("proxyCredentials");
      assertThat(proxy.challenges()).isPositive();
      assertThat(proxy.tunnels()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void anUnreachableProxySaysSo(Transport transport, boolean async) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    NetworkSettings network = trusting().proxy("127.0.0.1", closedPort).build();
    TripwireNetworkException failure = networkFailure(transport, async, network, server);
    assertThat(failure.problem()).isEqualTo(Problem.PROXY_UNREACHABLE);
    assertThat(failure.getMessage())
        .contains("http://127.0.0.1:" + closedPort)
        .contains("NetworkSettings.proxy")
        .contains("nonProxyHosts");
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void hostsOnTheBypassListAreReachedDirectly(Transport transport, boolean async) throws Exception {
    try (TestProxy proxy = TestProxy.requiringCredentials(USER, PASSWORD)) {
      NetworkSettings network =
          trusting().proxy("127.0.0.1", proxy.port()).nonProxyHosts("example.com", ".LOCALHOST").build();
      assertThat(call(transport, async, network, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).isEmpty();
      assertThat(proxy.challenges()).isZero();
    }
  }

  /**
   * By default both transports follow the JVM's default proxy selector, which is what reads the
   * proxy system properties. That selector never proxies loopback hosts, whatever {@code
   * http.nonProxyHosts} says, so a selector of the test's stands in for the properties here.
   */
  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void theJvmsDefaultProxySelectorIsFollowedByDefault(Transport transport, boolean async)
      throws Exception {
    java.net.ProxySelector saved = java.net.ProxySelector.getDefault();
    try (TestProxy proxy = TestProxy.open()) {
      java.net.ProxySelector.setDefault(
          java.net.ProxySelector.of(new java.net.InetSocketAddress("127.0.0.1", proxy.port())));
      assertThat(call(transport, async, trusting().build(), server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).containsExactly("localhost:" + server.port());

      // the settings' bypass list applies on top of it
      NetworkSettings bypassing = trusting().nonProxyHosts("localhost").build();
      assertThat(call(transport, async, bypassing, server).status()).isEqualTo(200);
      // and NONE ignores it
      NetworkSettings direct = trusting().proxySource(NetworkSettings.ProxySource.NONE).build();
      assertThat(call(transport, async, direct, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).hasSize(1);
    } finally {
      java.net.ProxySelector.setDefault(saved);
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void theProxyComesFromTheEnvironmentWhenAskedTo(Transport transport, boolean async)
      throws Exception {
    try (TestProxy proxy = TestProxy.open()) {
      Map<String, String> environment =
          Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port(), "NO_PROXY", "example.com");
      NetworkSettings network = trusting().proxyFromEnvironment().environment(environment::get).build();
      assertThat(call(transport, async, network, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).containsExactly("localhost:" + server.port());

      // NO_PROXY takes localhost out; the system properties are not consulted at all
      Map<String, String> bypassing =
          Map.of("https_proxy", "127.0.0.1:" + proxy.port(), "no_proxy", "other.example,localhost");
      NetworkSettings direct = trusting().proxyFromEnvironment().environment(bypassing::get).build();
      assertThat(call(transport, async, direct, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void credentialsInTheProxyVariableAreUsed(Transport transport, boolean async) throws Exception {
    try (TestProxy proxy = TestProxy.requiringCredentials(USER, PASSWORD)) {
      Map<String, String> environment =
          Map.of("HTTPS_PROXY", "http://" + USER + ":" + PASSWORD + "@127.0.0.1:" + proxy.port());
      NetworkSettings network = trusting().proxyFromEnvironment().environment(environment::get).build();
      if (transport == Transport.JDK && !jdkTunnelsBasic()) {
        assertThatThrownBy(() -> transport.build(network))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("jdk.http.auth.tunneling.disabledSchemes");
        return;
      }
      assertThat(call(transport, async, network, server).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).containsExactly("localhost:" + server.port());
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void mutualTlsWorksThroughTheProxy(Transport transport, boolean async) throws Exception {
    try (TestProxy proxy = TestProxy.open()) {
      NetworkSettings network =
          trusting()
              .proxy("127.0.0.1", proxy.port())
              .clientCertificate(pki.clientKeyStore("proxied-client"), Secret.of(TestPki.PASSWORD))
              .build();
      assertThat(call(transport, async, network, mutualServer).status()).isEqualTo(200);
      assertThat(proxy.tunnels()).containsExactly("localhost:" + mutualServer.port());
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void aProxyReachedOverTlsIsRefusedWhenTheTransportIsBuilt(Transport transport, boolean async) {
    // Neither client can: the JDK's talks to proxies in plain HTTP only, and Apache's
    // non-blocking client fails to open TLS to the server inside TLS to the proxy ("TLS already
    // activated", seen against a TLS proxy of this test kit before the refusal was added).
    NetworkSettings explicit =
        NetworkSettings.builder()
            .proxy(new NetworkSettings.Proxy(NetworkSettings.ProxyScheme.HTTPS, "localhost", 8443))
            .build();
    NetworkSettings fromEnvironment =
        NetworkSettings.builder()
            .proxyFromEnvironment()
            .environment(Map.of("HTTPS_PROXY", "https://proxy.corp.example")::get)
            .build();
    for (NetworkSettings network : List.of(explicit, fromEnvironment)) {
      assertThatThrownBy(() -> transport.build(network))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("http://");
    }
  }

  @ParameterizedTest(name = "{0} async={1}")
  @MethodSource("transports")
  void anUntrustedCertificateBehindTheProxySaysSo(Transport transport, boolean async)
      throws Exception {
    try (TestProxy proxy = TestProxy.open()) {
      NetworkSettings network = NetworkSettings.builder().proxy("127.0.0.1", proxy.port()).build();
      assertThat(networkFailure(transport, async, network, server).problem())
          .isEqualTo(Problem.SERVER_CERTIFICATE_NOT_TRUSTED);
    }
  }

}
