package com.tripwirejs.spring.boot.internal;

import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.model.Secret;
import com.tripwirejs.spring.boot.TripwireProperties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundles;

/** Turns {@code tripwire.network.*} into the SDK's {@link NetworkSettings}. */
public final class NetworkProperties {

  private NetworkProperties() {}

  /**
   * The network settings the properties describe.
   *
   * @param network the {@code tripwire.network} properties
   * @param environment where the proxy variables are read from, when the source is the environment
   * @param sslBundles the application's SSL bundles, or null when it has none
   * @return the settings
   * @throws IllegalStateException when the properties name an SSL bundle the application lacks, or
   *     give half a proxy (a host without a port, credentials without a password)
   */
  public static NetworkSettings settings(
      TripwireProperties.Network network,
      Function<String, @Nullable String> environment,
      @Nullable SslBundles sslBundles) {
    NetworkSettings.Builder builder = NetworkSettings.builder().environment(environment);
    TripwireProperties.Proxy proxy = network.getProxy();
    builder.proxySource(NetworkSettings.ProxySource.valueOf(proxy.getSource().name()));
    if (proxy.getHost() != null && !proxy.getHost().isBlank()) {
      if (proxy.getPort() == null) {
        throw new IllegalStateException(
            "tripwire.network.proxy.host is set without tripwire.network.proxy.port: set the proxy's"
                + " port too");
      }
      builder.proxy(proxy.getHost().trim(), proxy.getPort());
    }
    if (proxy.getUsername() != null && !proxy.getUsername().isBlank()) {
      if (proxy.getPassword() == null) {
        throw new IllegalStateException(
            "tripwire.network.proxy.username is set without tripwire.network.proxy.password: set"
                + " the proxy password too");
      }
      builder.proxyCredentials(proxy.getUsername().trim(), Secret.of(proxy.getPassword()));
    }
    builder.nonProxyHosts(proxy.getNonProxyHosts());

    TripwireProperties.Tls tls = network.getTls();
    if (tls.getBundle() != null && !tls.getBundle().isBlank()) {
      if (sslBundles == null) {
        throw new IllegalStateException(
            "tripwire.network.tls.bundle names an SSL bundle, but the application has no SslBundles"
                + " (configure spring.ssl.bundle.*)");
      }
      builder.sslContext(sslBundles.getBundle(tls.getBundle().trim()).createSslContext());
    }
    if (tls.getTrustCertificates() != null) {
      builder.trustCertificates(tls.getTrustCertificates());
    }
    if (tls.getTrustStore() != null) {
      builder.trustStore(tls.getTrustStore(), secret(tls.getTrustStorePassword()));
    }
    if (tls.getClientCertificate() != null) {
      String password = tls.getClientCertificatePassword();
      builder.clientCertificate(tls.getClientCertificate(), Secret.of(password == null ? "" : password));
    }
    if (!tls.getVersions().isEmpty()) {
      builder.tlsVersions(tls.getVersions().toArray(String[]::new));
    }
    return builder.build();
  }

  private static @Nullable Secret secret(@Nullable String value) {
    return value == null ? null : Secret.of(value);
  }
}
