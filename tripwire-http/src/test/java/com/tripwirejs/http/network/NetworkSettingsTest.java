package com.tripwirejs.http.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.NetworkSettings.ProxyScheme;
import com.tripwirejs.http.internal.ProxyResolver;
import com.tripwirejs.http.internal.ResolvedProxy;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.http.testkit.network.TestPki;
import com.tripwirejs.model.Secret;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The settings' rules: bypass entries, the environment's precedence, validation, redaction. */
class NetworkSettingsTest {

  private static boolean bypasses(String entry, String host) {
    return ProxyResolver.bypasses(List.of(entry), host);
  }

  @Test
  void aDomainEntryMatchesTheDomainAndHostsUnderIt() {
    for (String entry : List.of("example.com", ".example.com", "*.example.com", "EXAMPLE.com.")) {
      assertThat(bypasses(entry.toLowerCase(), "example.com")).as(entry).isTrue();
      assertThat(bypasses(entry.toLowerCase(), "api.example.com")).as(entry).isTrue();
      assertThat(bypasses(entry.toLowerCase(), "a.b.example.com")).as(entry).isTrue();
      assertThat(bypasses(entry.toLowerCase(), "notexample.com")).as(entry).isFalse();
      assertThat(bypasses(entry.toLowerCase(), "example.com.evil.test")).as(entry).isFalse();
    }
  }

  @Test
  void portsAreIgnoredAndStarMatchesEverything() {
    assertThat(bypasses("example.com:8443", "api.example.com")).isTrue();
    assertThat(bypasses("*", "anything.test")).isTrue();
    assertThat(bypasses("*", "10.1.2.3")).isTrue();
  }

  @Test
  void ipAddressesAndBlocksMatchLiteralsOnly() {
    assertThat(bypasses("10.0.0.0/8", "10.20.30.40")).isTrue();
    assertThat(bypasses("10.0.0.0/8", "11.0.0.1")).isFalse();
    assertThat(bypasses("192.168.1.0/24", "192.168.1.255")).isTrue();
    assertThat(bypasses("192.168.1.0/24", "192.168.2.1")).isFalse();
    assertThat(bypasses("127.0.0.1", "127.0.0.1")).isTrue();
    assertThat(bypasses("127.0.0.1", "127.0.0.2")).isFalse();
    assertThat(bypasses("::1", "::1")).isTrue();
    assertThat(bypasses("[::1]:443", "0:0:0:0:0:0:0:1")).isTrue();
    assertThat(bypasses("fd00::/8", "fd12::1")).isTrue();
    assertThat(bypasses("fd00::/8", "fe80::1")).isFalse();
    // a host name is never resolved to compare it with an address
    assertThat(bypasses("127.0.0.0/8", "localhost")).isFalse();
    assertThat(bypasses("garbage/99", "10.0.0.1")).isFalse();
  }

  private static ResolvedProxy fromEnvironment(Map<String, String> environment, String url) {
    return ProxyResolver.of(
            NetworkSettings.builder().proxyFromEnvironment().environment(environment::get).build())
        .select(URI.create(url));
  }

  @Test
  void httpsUrlsUseHttpsProxyAndHttpUrlsHttpProxy() {
    Map<String, String> environment =
        Map.of("HTTPS_PROXY", "http://secure-proxy:3128", "HTTP_PROXY", "plain-proxy");
    ResolvedProxy https = fromEnvironment(environment, "https://api.usefoil.com/v1");
    assertThat(https.host()).isEqualTo("secure-proxy");
    assertThat(https.port()).isEqualTo(3128);
    assertThat(https.origin()).contains("HTTPS_PROXY");
    ResolvedProxy http = fromEnvironment(environment, "http://api.usefoil.com/v1");
    assertThat(http.host()).isEqualTo("plain-proxy");
    assertThat(http.port()).isEqualTo(80);
    assertThat(fromEnvironment(Map.of("HTTP_PROXY", "p:1"), "https://api.usefoil.com")).isNull();
  }

  @Test
  void theLowerCaseVariableWinsAndBlankCountsAsUnset() {
    Map<String, String> environment = new HashMap<>();
    environment.put("https_proxy", "lower:1");
    environment.put("HTTPS_PROXY", "upper:2");
    assertThat(fromEnvironment(environment, "https://x.test").host()).isEqualTo("lower");
    environment.put("https_proxy", "  ");
    assertThat(fromEnvironment(environment, "https://x.test").host()).isEqualTo("upper");
  }

  @Test
  void noProxyTakesHostsOutAndCredentialsComeFromTheUrl() {
    Map<String, String> environment =
        Map.of(
            "HTTPS_PROXY", "https://us%40er:p%3Ass@proxy.corp:8443",
            "NO_PROXY", " internal.corp , 10.0.0.0/8 ");
    ResolvedProxy proxy = fromEnvironment(environment, "https://api.usefoil.com");
    assertThat(proxy.scheme()).isEqualTo(ProxyScheme.HTTPS);
    assertThat(proxy.credentials().username()).isEqualTo("us@er");
    assertThat(proxy.credentials().password().reveal()).isEqualTo("p:ss");
    assertThat(proxy.toString()).doesNotContain("p:ss").doesNotContain("p%3Ass");
    assertThat(fromEnvironment(environment, "https://git.internal.corp")).isNull();
    assertThat(fromEnvironment(environment, "https://10.1.1.1")).isNull();
  }

  @Test
  void credentialsOnTheBuilderWinOverTheVariables() {
    NetworkSettings settings =
        NetworkSettings.builder()
            .proxyFromEnvironment()
            .environment(Map.of("HTTPS_PROXY", "http://a:b@proxy:1")::get)
            .proxyCredentials("builder-user", Secret.of("builder-password"))
            .build();
    ResolvedProxy proxy = ProxyResolver.of(settings).select(URI.create("https://x.test"));
    assertThat(proxy.credentials().username()).isEqualTo("builder-user");
  }

  @Test
  void anExplicitProxyWinsOverTheSource() {
    NetworkSettings settings =
        NetworkSettings.builder()
            .proxyFromEnvironment()
            .environment(Map.of("HTTPS_PROXY", "http://env-proxy:1")::get)
            .proxy("explicit-proxy", 3128)
            .build();
    assertThat(ProxyResolver.of(settings).select(URI.create("https://x.test")).host())
        .isEqualTo("explicit-proxy");
    assertThat(
            ProxyResolver.of(NetworkSettings.builder().proxySource(NetworkSettings.ProxySource.NONE).build())
                .select(URI.create("https://x.test")))
        .isNull();
  }

  @Test
  void aProxyVariableThatIsNotAProxyUrlIsNamedWithoutItsValue() {
    for (String value : List.of("socks5://user:hunter2@proxy:1080", "http://user:hunter2@:80", "http://user:hunt er2@x y")) {
      NetworkSettings settings =
          NetworkSettings.builder().proxyFromEnvironment().environment(Map.of("HTTPS_PROXY", value)::get).build();
      assertThatThrownBy(() -> ProxyResolver.of(settings))
          .as(value)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HTTPS_PROXY")
          .hasMessageNotContaining("hunter2")
          .hasMessageNotContaining("hunt er2");
    }
  }

  @Test
  void toStringNeverShowsASecret() {
    TestPki pki = TestPki.create("toString CA");
    NetworkSettings settings =
        NetworkSettings.builder()
            .proxy("proxy.corp", 3128)
            .proxyCredentials("svc-user", Secret.of("proxy-secret-1"))
            .clientCertificate(pki.clientKeyStore("c"), Secret.of("key-secret-2"))
            .trustStore(pki.trustStore())
            .nonProxyHosts("internal.corp")
            .build();
    assertThat(settings.toString())
        .contains("http://proxy.corp:3128", "svc-user", "internal.corp", "[REDACTED]")
        .doesNotContain("proxy-secret-1")
        .doesNotContain("key-secret-2");
  }

  @Test
  void onlyTls12And13CanBeAllowed() {
    assertThat(NetworkSettings.defaults().tlsVersions()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(NetworkSettings.builder().tlsVersions("TLSv1.2").build().tlsVersions()).containsExactly("TLSv1.2");
    assertThatThrownBy(() -> NetworkSettings.builder().tlsVersions("TLSv1.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TLSv1.1");
    assertThatThrownBy(() -> NetworkSettings.builder().tlsVersions())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anSslContextCannotBeCombinedWithKeyMaterial() throws Exception {
    TestPki pki = TestPki.create("combination CA");
    assertThatThrownBy(
            () -> NetworkSettings.builder().sslContext(SSLContext.getDefault()).trustStore(pki.trustStore()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sslContext");
  }

  @Test
  void aWrongKeyStorePasswordSaysWhichFileAndNotThePassword() throws Exception {
    TestPki pki = TestPki.create("password CA");
    java.nio.file.Path file = TestPki.write(pki.clientKeyStore("c"), java.nio.file.Files.createTempFile("client", ".p12"));
    try {
      assertThatThrownBy(() -> NetworkSettings.builder().clientCertificate(file, Secret.of("not-the-password")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("password")
          .hasMessageNotContaining("not-the-password");
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  @Test
  void theJdkTransportRefusesAProxyReachedOverTls() {
    NetworkSettings settings =
        NetworkSettings.builder().proxy(new NetworkSettings.Proxy(ProxyScheme.HTTPS, "proxy.corp", 443)).build();
    assertThatThrownBy(() -> JdkHttpTransport.builder().network(settings).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain HTTP")
        .hasMessageContaining("http://");
  }
}
