package com.tripwirejs.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code tripwire.*} properties: the client, webhook receiving, sealed tokens and Gate.
 *
 * <p>{@link #toString()} never shows a secret key, signing secret or private key; it says whether
 * each is set.
 */
@ConfigurationProperties(prefix = "tripwire")
public class TripwireProperties {

  /** Properties with their defaults; Spring Boot binds {@code tripwire.*} onto them. */
  public TripwireProperties() {}

  /**
   * The secret key (sk_live_... or sk_test_...). When unset, the key is read from the environment
   * variable FOIL_SECRET_KEY, else TRIPWIRE_SECRET_KEY, as the SDK does outside Spring.
   */
  private @Nullable String secretKey;

  /** The base URL of the API; https://api.usefoil.com when unset. */
  private @Nullable String baseUrl;

  /** The overall timeout of a call, every attempt and retry delay included. */
  private Duration timeout = Duration.ofSeconds(30);

  /**
   * The timeout of one attempt, from sending the request to having read the whole response; the
   * overall timeout when unset.
   */
  private @Nullable Duration responseTimeout;

  /** The connect timeout of the transport; 10 s when unset. */
  private @Nullable Duration connectTimeout;

  /**
   * The most requests in flight at once, and so the most connections open; 50 when unset. Calls
   * beyond it wait in a queue, the wait counting against their timeout.
   */
  private @Nullable Integer maxConnections;

  /** The largest response body the client accepts. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(32);

  /** The HTTP transport the client sends with. */
  private Transport transport = Transport.APACHE;

  private final Retry retry = new Retry();

  private final Webhooks webhooks = new Webhooks();

  private final SealedToken sealedToken = new SealedToken();

  private final Network network = new Network();

  private final Gate gate = new Gate();

  private final Observations observations = new Observations();

  /**
   * {@return the secret key, or null to read it from the environment}
   */
  public @Nullable String getSecretKey() {
    return secretKey;
  }

  /**
   * Sets the secret key.
   *
   * @param secretKey the secret key, or null to read it from the environment
   */
  public void setSecretKey(@Nullable String secretKey) {
    this.secretKey = secretKey;
  }

  /** {@return the base URL, or null for the production API} */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl an absolute http or https URL, or null for the production API
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the overall timeout of a call} */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets the overall timeout of a call.
   *
   * @param timeout a positive duration
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** {@return the timeout of one attempt, or null for the overall timeout} */
  public @Nullable Duration getResponseTimeout() {
    return responseTimeout;
  }

  /**
   * Sets the timeout of one attempt.
   *
   * @param responseTimeout a positive duration, or null for the overall timeout
   */
  public void setResponseTimeout(@Nullable Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  /** {@return the connect timeout, or null for the transport's default} */
  public @Nullable Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration, or null for the transport's default
   */
  public void setConnectTimeout(@Nullable Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** {@return the most requests in flight at once, or null for the transport's default} */
  public @Nullable Integer getMaxConnections() {
    return maxConnections;
  }

  /**
   * Sets the most requests in flight at once.
   *
   * @param maxConnections at least 1, or null for the transport's default
   */
  public void setMaxConnections(@Nullable Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  /** {@return the largest response body the client accepts} */
  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /**
   * Sets the largest response body the client accepts.
   *
   * @param maxResponseSize a positive size
   */
  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /** {@return the HTTP transport the client sends with} */
  public Transport getTransport() {
    return transport;
  }

  /**
   * Sets the HTTP transport.
   *
   * @param transport the transport
   */
  public void setTransport(Transport transport) {
    this.transport = transport;
  }

  /** {@return the retry settings} */
  public Retry getRetry() {
    return retry;
  }

  /** {@return the webhook receiving settings} */
  public Webhooks getWebhooks() {
    return webhooks;
  }

  /** {@return the sealed-token verifier settings} */
  public SealedToken getSealedToken() {
    return sealedToken;
  }

  /** {@return the Gate settings} */
  public Gate getGate() {
    return gate;
  }

  /** {@return the proxy and TLS settings} */
  public Network getNetwork() {
    return network;
  }

  /** {@return the observation settings} */
  public Observations getObservations() {
    return observations;
  }

  @Override
  public String toString() {
    return "TripwireProperties{secretKey="
        + (secretKey != null ? "(set)" : "(from environment)")
        + ", baseUrl="
        + baseUrl
        + ", timeout="
        + timeout
        + ", responseTimeout="
        + responseTimeout
        + ", connectTimeout="
        + connectTimeout
        + ", maxConnections="
        + maxConnections
        + ", maxResponseSize="
        + maxResponseSize
        + ", transport="
        + transport
        + ", retry="
        + retry
        + ", network="
        + network
        + ", webhooks="
        + webhooks
        + ", sealedToken="
        + sealedToken
        + ", gate="
        + gate
        + ", observations="
        + observations
        + "}";
  }

  /** The HTTP transports the client can send with. */
  public enum Transport {
    /** Apache HttpClient 5, the SDK's default. */
    APACHE,
    /** The JDK's java.net.http.HttpClient: no HTTP library on the class path needed. */
    JDK
  }

  /** Retries of failed attempts ({@code tripwire.retry.*}). */
  public static class Retry {

    /** Retry settings with their defaults. */
    public Retry() {}

    /**
     * Whether failed attempts are retried, as the SDK's RetryPolicy decides: connection failures and
     * 408, 429, 500, 502, 503 and 504, for calls that are safe to repeat.
     */
    private boolean enabled;

    /** The most attempts of one call, the first included; the SDK's default (3) when unset. */
    private @Nullable Integer maxAttempts;

    /** The backoff before the first retry; the SDK's default (500 ms) when unset. */
    private @Nullable Duration initialBackoff;

    /** The longest backoff between two attempts; the SDK's default (8 s) when unset. */
    private @Nullable Duration maxBackoff;

    /** {@return whether failed attempts are retried} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether failed attempts are retried.
     *
     * @param enabled true to retry
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** {@return the most attempts of one call, or null for the SDK's default} */
    public @Nullable Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the most attempts of one call.
     *
     * @param maxAttempts at least 1, or null for the SDK's default
     */
    public void setMaxAttempts(@Nullable Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** {@return the backoff before the first retry, or null for the SDK's default} */
    public @Nullable Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets the backoff before the first retry.
     *
     * @param initialBackoff a duration, or null for the SDK's default
     */
    public void setInitialBackoff(@Nullable Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** {@return the longest backoff, or null for the SDK's default} */
    public @Nullable Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets the longest backoff.
     *
     * @param maxBackoff a duration, or null for the SDK's default
     */
    public void setMaxBackoff(@Nullable Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    @Override
    public String toString() {
      return "Retry{enabled="
          + enabled
          + ", maxAttempts="
          + maxAttempts
          + ", initialBackoff="
          + initialBackoff
          + ", maxBackoff="
          + maxBackoff
          + "}";
    }
  }

  /** Webhook receiving ({@code tripwire.webhooks.*}). */
  public static class Webhooks {

    /** Webhook settings with their defaults. */
    public Webhooks() {}

    /**
     * The endpoint signing secrets (whsec_...) a delivery may be signed with: the new and the old
     * one while a secret is rotated. Receiving is on when at least one is set.
     */
    private List<String> signingSecrets = new ArrayList<>();

    /** How far a delivery's signing time may be from now, in either direction. */
    private Duration tolerance = Duration.ofMinutes(5);

    /**
     * Whether a verified event of a type this SDK version does not know is rejected (400) instead
     * of handed over as an UnknownWebhookEvent.
     */
    private boolean rejectUnknownEventTypes;

    /** The largest delivery body read; a larger one is answered 413 without being read. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    /** {@return the signing secrets} */
    public List<String> getSigningSecrets() {
      return signingSecrets;
    }

    /**
     * Sets the signing secrets.
     *
     * @param signingSecrets the signing secrets
     */
    public void setSigningSecrets(List<String> signingSecrets) {
      this.signingSecrets = signingSecrets;
    }

    /** {@return how far a delivery's signing time may be from now} */
    public Duration getTolerance() {
      return tolerance;
    }

    /**
     * Sets how far a delivery's signing time may be from now.
     *
     * @param tolerance zero or more
     */
    public void setTolerance(Duration tolerance) {
      this.tolerance = tolerance;
    }

    /** {@return whether events of unknown types are rejected} */
    public boolean isRejectUnknownEventTypes() {
      return rejectUnknownEventTypes;
    }

    /**
     * Sets whether events of unknown types are rejected.
     *
     * @param rejectUnknownEventTypes true to reject them
     */
    public void setRejectUnknownEventTypes(boolean rejectUnknownEventTypes) {
      this.rejectUnknownEventTypes = rejectUnknownEventTypes;
    }

    /** {@return the largest delivery body read} */
    public DataSize getMaxBodySize() {
      return maxBodySize;
    }

    /**
     * Sets the largest delivery body read.
     *
     * @param maxBodySize a positive size
     */
    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    @Override
    public String toString() {
      return "Webhooks{signingSecrets="
          + signingSecrets.size()
          + ", tolerance="
          + tolerance
          + ", rejectUnknownEventTypes="
          + rejectUnknownEventTypes
          + ", maxBodySize="
          + maxBodySize
          + "}";
    }
  }

  /**
   * Proxies and TLS ({@code tripwire.network.*}), applied to the auto-configured transport. They
   * map one to one onto the SDK's NetworkSettings.
   */
  public static class Network {

    /** Network settings with their defaults. */
    public Network() {}

    private final Proxy proxy = new Proxy();

    private final Tls tls = new Tls();

    /** {@return the proxy settings} */
    public Proxy getProxy() {
      return proxy;
    }

    /** {@return the TLS settings} */
    public Tls getTls() {
      return tls;
    }

    @Override
    public String toString() {
      return "Network{proxy=" + proxy + ", tls=" + tls + "}";
    }
  }

  /** Where the proxy comes from when no proxy host is set. */
  public enum ProxySource {
    /** The JVM's proxy system properties (-Dhttps.proxyHost and the others): the default. */
    SYSTEM_PROPERTIES,
    /** The HTTPS_PROXY, HTTP_PROXY and NO_PROXY environment variables. */
    ENVIRONMENT,
    /** No proxy: every connection goes directly to the API. */
    NONE
  }

  /** The proxy ({@code tripwire.network.proxy.*}). */
  public static class Proxy {

    /** Proxy settings with their defaults. */
    public Proxy() {}

    /**
     * The proxy's host name or address. When set, every call goes through this proxy (https URLs
     * tunnelled with CONNECT), whatever the source says.
     */
    private @Nullable String host;

    /** The proxy's port; required with a host. */
    private @Nullable Integer port;

    /** The user name the proxy asks for (Basic authentication). */
    private @Nullable String username;

    /** The password the proxy asks for; never printed. */
    private @Nullable String password;

    /**
     * Hosts reached directly, not through the proxy: "example.com", ".example.com" or
     * "*.example.com" (the domain and every host under it), IP addresses or CIDR blocks, "*" for
     * every host.
     */
    private List<String> nonProxyHosts = new ArrayList<>();

    /** Where the proxy comes from when no host is set. */
    private ProxySource source = ProxySource.SYSTEM_PROPERTIES;

    /** {@return the proxy host, or null} */
    public @Nullable String getHost() {
      return host;
    }

    /**
     * Sets the proxy host.
     *
     * @param host the host name or address
     */
    public void setHost(@Nullable String host) {
      this.host = host;
    }

    /** {@return the proxy port, or null} */
    public @Nullable Integer getPort() {
      return port;
    }

    /**
     * Sets the proxy port.
     *
     * @param port 1 to 65535
     */
    public void setPort(@Nullable Integer port) {
      this.port = port;
    }

    /** {@return the proxy user name, or null} */
    public @Nullable String getUsername() {
      return username;
    }

    /**
     * Sets the proxy user name.
     *
     * @param username the user name
     */
    public void setUsername(@Nullable String username) {
      this.username = username;
    }

    /** {@return the proxy password, or null} */
    public @Nullable String getPassword() {
      return password;
    }

    /**
     * Sets the proxy password.
     *
     * @param password the password
     */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    /** {@return the hosts reached without the proxy} */
    public List<String> getNonProxyHosts() {
      return nonProxyHosts;
    }

    /**
     * Sets the hosts reached without the proxy.
     *
     * @param nonProxyHosts the hosts
     */
    public void setNonProxyHosts(List<String> nonProxyHosts) {
      this.nonProxyHosts = nonProxyHosts;
    }

    /** {@return where the proxy comes from when no host is set} */
    public ProxySource getSource() {
      return source;
    }

    /**
     * Sets where the proxy comes from when no host is set.
     *
     * @param source the source
     */
    public void setSource(ProxySource source) {
      this.source = source;
    }

    @Override
    public String toString() {
      return "Proxy{host="
          + host
          + ", port="
          + port
          + ", username="
          + username
          + ", password="
          + (password != null ? "(set)" : "(unset)")
          + ", nonProxyHosts="
          + nonProxyHosts
          + ", source="
          + source
          + "}";
    }
  }

  /** TLS ({@code tripwire.network.tls.*}). */
  public static class Tls {

    /** TLS settings with their defaults. */
    public Tls() {}

    /**
     * The name of a Spring SSL bundle (spring.ssl.bundle.*) whose SSL context the client uses:
     * its trust material and, for mutual TLS, its key. Not together with the trust and client
     * certificate settings below.
     */
    private @Nullable String bundle;

    /** A PEM file of the CA certificates to trust (a corporate CA), instead of the JVM's. */
    private @Nullable Path trustCertificates;

    /** A trust store file (PKCS #12 or JKS) of the CA certificates to trust. */
    private @Nullable Path trustStore;

    /** The trust store's password; never printed. */
    private @Nullable String trustStorePassword;

    /** A PKCS #12 file of the client certificate and its key, for mutual TLS. */
    private @Nullable Path clientCertificate;

    /** The client certificate file's password; never printed. */
    private @Nullable String clientCertificatePassword;

    /** The TLS versions allowed: TLSv1.3 and TLSv1.2 when unset. */
    private List<String> versions = new ArrayList<>();

    /** {@return the SSL bundle name, or null} */
    public @Nullable String getBundle() {
      return bundle;
    }

    /**
     * Sets the SSL bundle name.
     *
     * @param bundle a bundle under spring.ssl.bundle
     */
    public void setBundle(@Nullable String bundle) {
      this.bundle = bundle;
    }

    /** {@return the PEM file of trusted CA certificates, or null} */
    public @Nullable Path getTrustCertificates() {
      return trustCertificates;
    }

    /**
     * Sets the PEM file of trusted CA certificates.
     *
     * @param trustCertificates the file
     */
    public void setTrustCertificates(@Nullable Path trustCertificates) {
      this.trustCertificates = trustCertificates;
    }

    /** {@return the trust store file, or null} */
    public @Nullable Path getTrustStore() {
      return trustStore;
    }

    /**
     * Sets the trust store file.
     *
     * @param trustStore the file
     */
    public void setTrustStore(@Nullable Path trustStore) {
      this.trustStore = trustStore;
    }

    /** {@return the trust store password, or null} */
    public @Nullable String getTrustStorePassword() {
      return trustStorePassword;
    }

    /**
     * Sets the trust store password.
     *
     * @param trustStorePassword the password
     */
    public void setTrustStorePassword(@Nullable String trustStorePassword) {
      this.trustStorePassword = trustStorePassword;
    }

    /** {@return the client certificate file, or null} */
    public @Nullable Path getClientCertificate() {
      return clientCertificate;
    }

    /**
     * Sets the client certificate file.
     *
     * @param clientCertificate a PKCS #12 file
     */
    public void setClientCertificate(@Nullable Path clientCertificate) {
      this.clientCertificate = clientCertificate;
    }

    /** {@return the client certificate file's password, or null} */
    public @Nullable String getClientCertificatePassword() {
      return clientCertificatePassword;
    }

    /**
     * Sets the client certificate file's password.
     *
     * @param clientCertificatePassword the password
     */
    public void setClientCertificatePassword(@Nullable String clientCertificatePassword) {
      this.clientCertificatePassword = clientCertificatePassword;
    }

    /** {@return the TLS versions allowed; empty for the default} */
    public List<String> getVersions() {
      return versions;
    }

    /**
     * Sets the TLS versions allowed.
     *
     * @param versions TLSv1.3, TLSv1.2 or both
     */
    public void setVersions(List<String> versions) {
      this.versions = versions;
    }

    @Override
    public String toString() {
      return "Tls{bundle="
          + bundle
          + ", trustCertificates="
          + trustCertificates
          + ", trustStore="
          + trustStore
          + ", trustStorePassword="
          + (trustStorePassword != null ? "(set)" : "(unset)")
          + ", clientCertificate="
          + clientCertificate
          + ", clientCertificatePassword="
          + (clientCertificatePassword != null ? "(set)" : "(unset)")
          + ", versions="
          + versions
          + "}";
    }
  }

  /** The sealed-token verifier ({@code tripwire.sealed-token.*}). */
  public static class SealedToken {

    /** Sealed-token settings with their defaults. */
    public SealedToken() {}

    /**
     * The secret keys sealed tokens may be sealed for: the current and the previous key during a
     * rotation. When unset, the verifier uses the client's secret key (tripwire.secret-key, else
     * FOIL_SECRET_KEY or TRIPWIRE_SECRET_KEY).
     */
    private List<String> secretKeys = new ArrayList<>();

    /** {@return the secret keys} */
    public List<String> getSecretKeys() {
      return secretKeys;
    }

    /**
     * Sets the secret keys.
     *
     * @param secretKeys the secret keys
     */
    public void setSecretKeys(List<String> secretKeys) {
      this.secretKeys = secretKeys;
    }

    @Override
    public String toString() {
      return "SealedToken{secretKeys=" + secretKeys.size() + "}";
    }
  }

  /** Gate ({@code tripwire.gate.*}); needs tripwire-gate on the class path. */
  public static class Gate {

    /** Gate settings with their defaults. */
    public Gate() {}

    /**
     * The Gate delivery private key: the base64url PKCS#8 of an X25519 key, as
     * GateDeliveryKeyPair.exportPkcs8() writes it. When set, a GateDeliveryKeyPair bean is made.
     */
    private @Nullable String deliveryPrivateKey;

    /** {@return the delivery private key, or null} */
    public @Nullable String getDeliveryPrivateKey() {
      return deliveryPrivateKey;
    }

    /**
     * Sets the delivery private key.
     *
     * @param deliveryPrivateKey the base64url PKCS#8 of an X25519 private key
     */
    public void setDeliveryPrivateKey(@Nullable String deliveryPrivateKey) {
      this.deliveryPrivateKey = deliveryPrivateKey;
    }

    @Override
    public String toString() {
      return "Gate{deliveryPrivateKey=" + (deliveryPrivateKey != null ? "(set)" : "(unset)") + "}";
    }
  }

  /** Micrometer observations ({@code tripwire.observations.*}); need tripwire-micrometer. */
  public static class Observations {

    /** Observation settings with their defaults. */
    public Observations() {}

    /**
     * Whether API calls and webhook, sealed-token and Gate checks are observed when the
     * application has an ObservationRegistry bean and tripwire-micrometer is on the class path.
     */
    private boolean enabled = true;

    /** {@return whether observations are on} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether observations are on.
     *
     * @param enabled false to turn them off
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public String toString() {
      return "Observations{enabled=" + enabled + "}";
    }
  }
}
