package com.tripwirejs.http;

import com.tripwirejs.model.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * How a transport reaches the API through the network: the proxy, the hosts that bypass it, the
 * TLS trust material, the client certificate for mutual TLS and the TLS versions. One value for
 * every shipped transport: pass it to {@code TripwireClient.builder().network(...)}, {@code
 * ApacheHttpTransport.builder().network(...)} or {@code JdkHttpTransport.builder().network(...)}.
 * Immutable and thread-safe; {@link #toString()} never shows a secret.
 *
 * <p><b>Which proxy.</b> An explicit {@link Builder#proxy(String, int) proxy} wins. Without one,
 * the {@link ProxySource} decides: {@link ProxySource#SYSTEM_PROPERTIES} (the default) follows the
 * JVM's proxy system properties ({@code https.proxyHost}, {@code http.proxyHost}, {@code
 * http.nonProxyHosts}, {@code java.net.useSystemProxies}) through {@link
 * java.net.ProxySelector#getDefault()}; {@link ProxySource#ENVIRONMENT} reads {@code HTTPS_PROXY}
 * (for https URLs), {@code HTTP_PROXY} (for http URLs) and {@code NO_PROXY}, each in lower case
 * first ({@code https_proxy}) and then in upper case, a blank variable counting as unset; {@link
 * ProxySource#NONE} connects directly. A proxy variable is a URL, {@code
 * http://[user:password@]host[:port]} (the scheme {@code http} when left out, the port 80 for
 * {@code http} and 443 for {@code https} when left out); credentials in it are used when none are
 * set on the builder. {@code ALL_PROXY} is not read.
 *
 * <p><b>Hosts that bypass the proxy</b> ({@link Builder#nonProxyHosts}, and {@code NO_PROXY}), with
 * the semantics of {@code NO_PROXY}: an entry is compared with the host of the URL, case
 * insensitively, never with its resolved address. {@code example.com}, {@code .example.com} and
 * {@code *.example.com} each match {@code example.com} and every host under it; an IP address
 * matches itself; a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}) matches the IP addresses in
 * it; {@code *} alone matches every host. A port after an entry ({@code example.com:8443}) is
 * ignored. These entries add to the ones of the source ({@code http.nonProxyHosts}, {@code
 * NO_PROXY}).
 *
 * <p><b>TLS.</b> The server certificate is checked against the {@link Builder#trustStore trust
 * store} or {@link Builder#trustCertificates trusted certificates} when set (replacing the JVM's
 * default trust, not adding to it), else the JVM's default ({@code cacerts}, or {@code
 * javax.net.ssl.trustStore}). The host name is always verified; there is no setting to turn that
 * off. {@link Builder#sslContext} replaces trust material and client certificate at once, for
 * setups the builder does not cover. TLS 1.3 and 1.2 are allowed by default.
 */
public final class NetworkSettings {

  /** The TLS versions allowed by default, and the only ones that can be allowed. */
  public static final List<String> DEFAULT_TLS_VERSIONS = List.of("TLSv1.3", "TLSv1.2");

  private static final NetworkSettings DEFAULTS = builder().build();

  /** Where the proxy comes from when no explicit proxy is set. */
  public enum ProxySource {
    /**
     * The JVM's proxy system properties, through {@link java.net.ProxySelector#getDefault()}: what
     * the SDK did before this setting existed.
     */
    SYSTEM_PROPERTIES,
    /** The {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} environment variables. */
    ENVIRONMENT,
    /** No proxy: every connection goes directly to the server. */
    NONE
  }

  /** How the transport talks to the proxy itself. */
  public enum ProxyScheme {
    /** Plain HTTP to the proxy; https URLs are tunnelled through it with {@code CONNECT}. */
    HTTP,
    /**
     * TLS to the proxy, then {@code CONNECT} inside it. Neither shipped transport supports it (the
     * JDK client talks to proxies in plain HTTP only; Apache HttpClient's non-blocking client
     * cannot open TLS to the server inside TLS to the proxy): each refuses it when built. For a
     * transport of your own that can.
     */
    HTTPS
  }

  /**
   * A proxy: its scheme, host and port.
   *
   * @param scheme how the transport talks to the proxy
   * @param host the proxy's host name or IP address
   * @param port the proxy's port, 1 to 65535
   */
  public record Proxy(ProxyScheme scheme, String host, int port) {
    /**
     * Checks the parts.
     *
     * @param scheme how the transport talks to the proxy
     * @param host the proxy's host name or IP address, not blank
     * @param port the proxy's port, 1 to 65535
     */
    public Proxy {
      Objects.requireNonNull(scheme, "scheme");
      Objects.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("The proxy host must not be blank");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("The proxy port must be between 1 and 65535, not " + port);
      }
    }

    @Override
    public String toString() {
      return scheme.name().toLowerCase(Locale.ROOT) + "://" + host + ":" + port;
    }
  }

  /**
   * The user name and password the proxy asks for, with HTTP Basic authentication. The password
   * never shows in {@link #toString()}.
   *
   * @param username the user name
   * @param password the password
   */
  public record ProxyCredentials(String username, Secret password) {
    /**
     * Checks the parts.
     *
     * @param username the user name, not blank
     * @param password the password
     */
    public ProxyCredentials {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      if (username.isBlank()) {
        throw new IllegalArgumentException("The proxy user name must not be blank");
      }
    }

    @Override
    public String toString() {
      return "ProxyCredentials[username=" + username + ", password=" + password + "]";
    }
  }

  /**
   * A key store holding the client's private key and certificate chain for mutual TLS.
   *
   * @param keyStore the key store, loaded
   * @param password the password of the key entry
   */
  public record ClientCertificate(KeyStore keyStore, Secret password) {
    /**
     * Checks the parts.
     *
     * @param keyStore the key store, loaded
     * @param password the password of the key entry
     */
    public ClientCertificate {
      Objects.requireNonNull(keyStore, "keyStore");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "ClientCertificate[type=" + keyStore.getType() + ", password=" + password + "]";
    }
  }

  private final @Nullable Proxy proxy;
  private final @Nullable ProxyCredentials proxyCredentials;
  private final List<String> nonProxyHosts;
  private final ProxySource proxySource;
  private final @Nullable Function<String, @Nullable String> environment;
  private final @Nullable KeyStore trustStore;
  private final @Nullable ClientCertificate clientCertificate;
  private final @Nullable SSLContext sslContext;
  private final List<String> tlsVersions;

  private NetworkSettings(Builder builder) {
    this.proxy = builder.proxy;
    this.proxyCredentials = builder.proxyCredentials;
    this.nonProxyHosts = List.copyOf(builder.nonProxyHosts);
    this.proxySource = builder.proxySource;
    this.environment = builder.environment;
    this.trustStore = builder.trustStore;
    this.clientCertificate = builder.clientCertificate;
    this.sslContext = builder.sslContext;
    this.tlsVersions = List.copyOf(builder.tlsVersions);
  }

  /**
   * The default settings: the JVM's proxy system properties, the JVM's default trust, no client
   * certificate, TLS 1.3 and 1.2.
   *
   * @return the defaults
   */
  public static NetworkSettings defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The explicit proxy.
   *
   * @return the proxy, or null when the {@link #proxySource()} decides
   */
  public @Nullable Proxy proxy() {
    return proxy;
  }

  /**
   * The credentials for the proxy.
   *
   * @return the credentials, or null when none are set on the builder
   */
  public @Nullable ProxyCredentials proxyCredentials() {
    return proxyCredentials;
  }

  /**
   * The hosts that bypass the proxy, as given to the builder.
   *
   * @return the entries, lower case, in the order given
   */
  public List<String> nonProxyHosts() {
    return nonProxyHosts;
  }

  /**
   * Where the proxy comes from when no explicit proxy is set.
   *
   * @return the source; {@link ProxySource#SYSTEM_PROPERTIES} by default
   */
  public ProxySource proxySource() {
    return proxySource;
  }

  /**
   * Where {@link ProxySource#ENVIRONMENT} reads variables from.
   *
   * @return the function, or null for the process environment (or the client's {@code
   *     environment} function, when the client creates the transport)
   */
  public @Nullable Function<String, @Nullable String> environment() {
    return environment;
  }

  /**
   * The trust material the server certificate is checked against.
   *
   * @return the trust store, or null for the JVM's default trust
   */
  public @Nullable KeyStore trustStore() {
    return trustStore;
  }

  /**
   * The client certificate for mutual TLS.
   *
   * @return the certificate, or null when none is sent
   */
  public @Nullable ClientCertificate clientCertificate() {
    return clientCertificate;
  }

  /**
   * The TLS context that replaces trust material and client certificate.
   *
   * @return the context, or null when the transport builds its own
   */
  public @Nullable SSLContext sslContext() {
    return sslContext;
  }

  /**
   * The TLS versions allowed, in order of preference.
   *
   * @return {@code TLSv1.3} and {@code TLSv1.2} by default
   */
  public List<String> tlsVersions() {
    return tlsVersions;
  }

  /** Shows the settings; credentials and passwords show as {@code [REDACTED]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("NetworkSettings[");
    text.append("proxy=").append(proxy == null ? proxySource.name() : proxy.toString());
    if (proxyCredentials != null) {
      text.append(", proxyCredentials=").append(proxyCredentials);
    }
    if (!nonProxyHosts.isEmpty()) {
      text.append(", nonProxyHosts=").append(nonProxyHosts);
    }
    if (trustStore != null) {
      text.append(", trustStore=").append(trustStore.getType());
    }
    if (clientCertificate != null) {
      text.append(", clientCertificate=").append(clientCertificate);
    }
    if (sslContext != null) {
      text.append(", sslContext=").append(sslContext.getProtocol());
    }
    text.append(", tlsVersions=").append(tlsVersions).append(']');
    return text.toString();
  }

  /** Builds {@link NetworkSettings}. */
  public static final class Builder {
    private @Nullable Proxy proxy;
    private @Nullable ProxyCredentials proxyCredentials;
    private final List<String> nonProxyHosts = new ArrayList<>();
    private ProxySource proxySource = ProxySource.SYSTEM_PROPERTIES;
    private @Nullable Function<String, @Nullable String> environment;
    private @Nullable KeyStore trustStore;
    private @Nullable ClientCertificate clientCertificate;
    private @Nullable SSLContext sslContext;
    private List<String> tlsVersions = DEFAULT_TLS_VERSIONS;

    private Builder() {}

    private Builder(NetworkSettings settings) {
      this.proxy = settings.proxy;
      this.proxyCredentials = settings.proxyCredentials;
      this.nonProxyHosts.addAll(settings.nonProxyHosts);
      this.proxySource = settings.proxySource;
      this.environment = settings.environment;
      this.trustStore = settings.trustStore;
      this.clientCertificate = settings.clientCertificate;
      this.sslContext = settings.sslContext;
      this.tlsVersions = settings.tlsVersions;
    }

    /**
     * Sends every request through this HTTP proxy (https URLs tunnelled with {@code CONNECT}),
     * except to the {@link #nonProxyHosts}. Wins over the {@link #proxySource}.
     *
     * @param host the proxy's host name or IP address
     * @param port the proxy's port
     * @return this builder
     */
    public Builder proxy(String host, int port) {
      return proxy(new Proxy(ProxyScheme.HTTP, host, port));
    }

    /**
     * Sends every request through this proxy, except to the {@link #nonProxyHosts}. Wins over the
     * {@link #proxySource}.
     *
     * @param proxy the proxy
     * @return this builder
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * Sets the user name and password to answer the proxy's request for credentials ({@code 407
     * Proxy Authentication Required}) with, by HTTP Basic authentication. They apply to whichever
     * proxy is used (explicit, from the environment or from the system properties), and win over
     * credentials in a proxy variable.
     *
     * @param username the user name
     * @param password the password; never printed
     * @return this builder
     */
    public Builder proxyCredentials(String username, Secret password) {
      this.proxyCredentials = new ProxyCredentials(username, password);
      return this;
    }

    /**
     * Adds hosts that are reached directly, never through the proxy, with the semantics of {@code
     * NO_PROXY} (see {@link NetworkSettings}): {@code example.com} (or {@code .example.com}, or
     * {@code *.example.com}) for a domain and every host under it, an IP address, a CIDR block,
     * or {@code *} for all.
     *
     * @param hosts the entries
     * @return this builder
     */
    public Builder nonProxyHosts(String... hosts) {
      return nonProxyHosts(List.of(hosts));
    }

    /**
     * Adds hosts that are reached directly, never through the proxy.
     *
     * @param hosts the entries
     * @return this builder
     * @see #nonProxyHosts(String...)
     */
    public Builder nonProxyHosts(Collection<String> hosts) {
      for (String host : hosts) {
        Objects.requireNonNull(host, "host");
        String entry = host.trim().toLowerCase(Locale.ROOT);
        if (entry.isEmpty()) {
          throw new IllegalArgumentException("A non-proxy host must not be blank");
        }
        nonProxyHosts.add(entry);
      }
      return this;
    }

    /**
     * Sets where the proxy comes from when no explicit {@link #proxy} is set.
     *
     * @param proxySource the source; {@link ProxySource#SYSTEM_PROPERTIES} by default
     * @return this builder
     */
    public Builder proxySource(ProxySource proxySource) {
      this.proxySource = Objects.requireNonNull(proxySource, "proxySource");
      return this;
    }

    /**
     * Reads the proxy from the {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY}
     * environment variables: the same as {@code proxySource(ProxySource.ENVIRONMENT)}.
     *
     * @return this builder
     */
    public Builder proxyFromEnvironment() {
      return proxySource(ProxySource.ENVIRONMENT);
    }

    /**
     * Sets where {@link ProxySource#ENVIRONMENT} reads variables from; the process environment by
     * default, or the client's {@code environment} function when the client creates the
     * transport. The variables are read when the transport is built.
     *
     * @param environment returns the value of a variable, or null when unset
     * @return this builder
     */
    public Builder environment(Function<String, @Nullable String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Trusts the certificates of this key store, instead of the JVM's default trust, when
     * checking the server certificate (for example a corporate CA that inspects TLS).
     *
     * @param trustStore a loaded key store with the trusted certificates
     * @return this builder
     */
    public Builder trustStore(KeyStore trustStore) {
      this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
      return this;
    }

    /**
     * Trusts the certificates of this key store file, instead of the JVM's default trust.
     *
     * @param file a PKCS #12 or JKS key store
     * @param password its password, or null when it has none
     * @return this builder
     * @throws IllegalArgumentException when the file cannot be read as a key store
     */
    public Builder trustStore(Path file, @Nullable Secret password) {
      return trustStore(load(file, password, "trust store"));
    }

    /**
     * Trusts the X.509 certificates of this PEM (or DER) file, instead of the JVM's default
     * trust: typically the corporate root CA, {@code -----BEGIN CERTIFICATE-----}.
     *
     * @param file one or more certificates
     * @return this builder
     * @throws IllegalArgumentException when the file holds no certificate that can be read
     */
    public Builder trustCertificates(Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        Collection<? extends Certificate> certificates =
            CertificateFactory.getInstance("X.509").generateCertificates(in);
        if (certificates.isEmpty()) {
          throw new IllegalArgumentException("No certificate in " + file);
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates) {
          store.setCertificateEntry("trusted-" + index++, certificate);
        }
        return trustStore(store);
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalArgumentException(
            "Cannot read the trusted certificates in " + file + ": " + e.getClass().getSimpleName(), e);
      }
    }

    /**
     * Presents this client certificate when the server asks for one (mutual TLS).
     *
     * @param keyStore a loaded key store with one private key entry and its certificate chain
     * @param password the password of the key entry
     * @return this builder
     */
    public Builder clientCertificate(KeyStore keyStore, Secret password) {
      this.clientCertificate = new ClientCertificate(keyStore, password);
      return this;
    }

    /**
     * Presents the client certificate of this key store file when the server asks for one
     * (mutual TLS).
     *
     * @param file a PKCS #12 (or JKS) file with one private key and its certificate chain
     * @param password the password of the file and of its key entry
     * @return this builder
     * @throws IllegalArgumentException when the file cannot be read with the password
     */
    public Builder clientCertificate(Path file, Secret password) {
      Objects.requireNonNull(password, "password");
      return clientCertificate(load(file, password, "client certificate"), password);
    }

    /**
     * Uses this TLS context as it is: its trust material and client key replace {@link
     * #trustStore} and {@link #clientCertificate}, which cannot be set with it. The {@link
     * #tlsVersions} and host name verification still apply.
     *
     * @param sslContext an initialized context
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Sets the TLS versions allowed.
     *
     * @param versions {@code TLSv1.3} and/or {@code TLSv1.2}; both by default. Older versions are
     *     refused.
     * @return this builder
     */
    public Builder tlsVersions(String... versions) {
      if (versions.length == 0) {
        throw new IllegalArgumentException("At least one TLS version must be allowed");
      }
      List<String> allowed = new ArrayList<>();
      for (String version : versions) {
        Objects.requireNonNull(version, "version");
        if (!DEFAULT_TLS_VERSIONS.contains(version)) {
          throw new IllegalArgumentException(
              "TLS version \"" + version + "\" is not supported; allowed: TLSv1.3, TLSv1.2");
        }
        if (!allowed.contains(version)) {
          allowed.add(version);
        }
      }
      this.tlsVersions = Collections.unmodifiableList(allowed);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException when {@link #sslContext} is combined with a trust store or
     *     a client certificate
     */
    public NetworkSettings build() {
      if (sslContext != null && (trustStore != null || clientCertificate != null)) {
        throw new IllegalArgumentException(
            "sslContext replaces trustStore/trustCertificates and clientCertificate; set either the"
                + " context or those");
      }
      return new NetworkSettings(this);
    }

    private static KeyStore load(Path file, @Nullable Secret password, String what) {
      Objects.requireNonNull(file, "file");
      char[] chars = password == null ? null : password.reveal().toCharArray();
      try {
        return KeyStore.getInstance(file.toFile(), chars);
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        // The message of the JDK's failure says nothing secret, but the type is enough.
        throw new IllegalArgumentException(
            "Cannot read the "
                + what
                + " "
                + file
                + " ("
                + e.getClass().getSimpleName()
                + "): check the file and its password",
            e);
      }
    }
  }
}
