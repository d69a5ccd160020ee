package com.tripwirejs.http.internal;

import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.NetworkSettings.ProxyCredentials;
import com.tripwirejs.http.NetworkSettings.ProxyScheme;
import com.tripwirejs.model.Secret;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for each request, which proxy (if any) it goes through, from {@link NetworkSettings}:
 * the explicit proxy, else the environment variables or the JVM's default {@link ProxySelector},
 * minus the hosts that bypass it. Environment variables are read once, when it is created.
 */
public final class ProxyResolver {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final NetworkSettings.ProxySource source;
  private final @Nullable ResolvedProxy explicit;
  private final @Nullable ResolvedProxy httpsFromEnvironment;
  private final @Nullable ResolvedProxy httpFromEnvironment;
  private final List<String> nonProxyHosts;
  private final @Nullable ProxyCredentials credentials;

  private ProxyResolver(NetworkSettings settings, Function<String, @Nullable String> environment) {
    this.credentials = settings.proxyCredentials();
    this.source = settings.proxySource();
    List<String> bypass = new ArrayList<>(settings.nonProxyHosts());
    NetworkSettings.Proxy proxy = settings.proxy();
    if (proxy != null) {
      explicit =
          new ResolvedProxy(
              proxy.scheme(), proxy.host(), proxy.port(), credentials, "NetworkSettings.proxy");
      httpsFromEnvironment = null;
      httpFromEnvironment = null;
    } else if (source == NetworkSettings.ProxySource.ENVIRONMENT) {
      explicit = null;
      httpsFromEnvironment = fromVariable(environment, "https_proxy", "HTTPS_PROXY");
      httpFromEnvironment = fromVariable(environment, "http_proxy", "HTTP_PROXY");
      String noProxy = variable(environment, "no_proxy", "NO_PROXY");
      if (noProxy != null) {
        for (String entry : noProxy.split(",")) {
          if (!entry.isBlank()) {
            bypass.add(entry.trim().toLowerCase(Locale.ROOT));
          }
        }
      }
    } else {
      explicit = null;
      httpsFromEnvironment = null;
      httpFromEnvironment = null;
    }
    this.nonProxyHosts = List.copyOf(bypass);
  }

  /**
   * The resolver for these settings.
   *
   * @param settings the settings
   * @return the resolver; variables read from the settings' environment, or the process's
   */
  public static ProxyResolver of(NetworkSettings settings) {
    Function<String, @Nullable String> environment = settings.environment();
    return new ProxyResolver(settings, environment != null ? environment : System::getenv);
  }

  /** Whether the JVM's default proxy selector decides (the proxy source is the system properties). */
  public boolean followsSystemProperties() {
    return explicit == null && source == NetworkSettings.ProxySource.SYSTEM_PROPERTIES;
  }

  /** The credentials set on the settings, or null. */
  public @Nullable ProxyCredentials explicitCredentials() {
    return credentials;
  }

  /** Whether a proxy that may ask for credentials could have some: set, or in a variable. */
  public boolean hasCredentials() {
    return credentials != null
        || (httpsFromEnvironment != null && httpsFromEnvironment.credentials() != null)
        || (httpFromEnvironment != null && httpFromEnvironment.credentials() != null);
  }

  /** Whether any request might go through a proxy with TLS to the proxy itself. */
  public boolean mayUseHttpsProxy() {
    return (explicit != null && explicit.scheme() == ProxyScheme.HTTPS)
        || (httpsFromEnvironment != null && httpsFromEnvironment.scheme() == ProxyScheme.HTTPS)
        || (httpFromEnvironment != null && httpFromEnvironment.scheme() == ProxyScheme.HTTPS);
  }

  /**
   * The proxy a request to this URI goes through.
   *
   * @param uri an absolute http or https URI
   * @return the proxy, or null to connect directly
   */
  public @Nullable ResolvedProxy select(URI uri) {
    String host = host(uri);
    if (bypasses(nonProxyHosts, host)) {
      return null;
    }
    if (explicit != null) {
      return explicit;
    }
    switch (source) {
      case ENVIRONMENT:
        return "https".equalsIgnoreCase(uri.getScheme()) ? httpsFromEnvironment : httpFromEnvironment;
      case SYSTEM_PROPERTIES:
        return fromSystem(uri);
      default:
        return null;
    }
  }

  private @Nullable ResolvedProxy fromSystem(URI uri) {
    ProxySelector selector = ProxySelector.getDefault();
    if (selector == null) {
      return null;
    }
    List<Proxy> proxies;
    try {
      proxies = selector.select(uri);
    } catch (RuntimeException e) {
      return null;
    }
    if (proxies == null) {
      return null;
    }
    for (Proxy proxy : proxies) {
      if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress) {
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        String property = "https".equalsIgnoreCase(uri.getScheme()) ? "https.proxyHost" : "http.proxyHost";
        return new ResolvedProxy(
            ProxyScheme.HTTP,
            address.getHostString(),
            address.getPort(),
            credentials,
            "the system property " + property + " (or the JVM's default proxy selector)");
      }
      if (proxy.type() == Proxy.Type.DIRECT) {
        return null;
      }
    }
    return null;
  }

  /** The host of a URI, without the brackets of an IPv6 literal, lower case. */
  static String host(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return "";
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a host bypasses the proxy by one of the entries, with the semantics of {@code
   * NO_PROXY}.
   *
   * @param entries lower-case entries
   * @param host the lower-case host of the request
   * @return whether the host is to be reached directly
   */
  public static boolean bypasses(List<String> entries, String host) {
    String target = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    for (String raw : entries) {
      String entry = raw.trim().toLowerCase(Locale.ROOT);
      if (entry.equals("*")) {
        return true;
      }
      if (entry.contains("/")) {
        if (inBlock(entry, target)) {
          return true;
        }
        continue;
      }
      entry = withoutPort(entry);
      if (entry.startsWith("*.")) {
        entry = entry.substring(2);
      } else if (entry.startsWith(".")) {
        entry = entry.substring(1);
      }
      if (entry.endsWith(".")) {
        entry = entry.substring(0, entry.length() - 1);
      }
      if (entry.isEmpty()) {
        continue;
      }
      if (isIpLiteral(entry) || isIpLiteral(target)) {
        if (sameAddress(entry, target)) {
          return true;
        }
        continue;
      }
      if (target.equals(entry) || target.endsWith("." + entry)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutPort(String entry) {
    if (entry.startsWith("[")) {
      int close = entry.indexOf(']');
      return close > 0 ? entry.substring(1, close) : entry;
    }
    int colon = entry.indexOf(':');
    if (colon >= 0 && colon == entry.lastIndexOf(':')) {
      return entry.substring(0, colon); // host:port; an IPv6 literal has several colons
    }
    return entry;
  }

  private static boolean isIpLiteral(String text) {
    return IPV4.matcher(text).matches() || (text.indexOf(':') >= 0 && text.matches("[0-9a-f:.]+"));
  }

  private static boolean sameAddress(String a, String b) {
    if (!isIpLiteral(a) || !isIpLiteral(b)) {
      return false;
    }
    try {
      return InetAddress.getByName(a).equals(InetAddress.getByName(b));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean inBlock(String block, String target) {
    int slash = block.indexOf('/');
    String network = block.substring(0, slash);
    if (!isIpLiteral(network) || !isIpLiteral(target)) {
      return false;
    }
    try {
      byte[] base = InetAddress.getByName(network).getAddress();
      byte[] address = InetAddress.getByName(target).getAddress();
      int bits = Integer.parseInt(block.substring(slash + 1));
      if (base.length != address.length || bits < 0 || bits > base.length * 8) {
        return false;
      }
      int shift = base.length * 8 - bits;
      return new BigInteger(1, base).shiftRight(shift).equals(new BigInteger(1, address).shiftRight(shift));
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }

  private static @Nullable String variable(
      Function<String, @Nullable String> environment, String lower, String upper) {
    String value = environment.apply(lower);
    if (value == null || value.isBlank()) {
      value = environment.apply(upper);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * The proxy a variable names, with the credentials in it unless the settings have some.
   *
   * @throws IllegalArgumentException naming the variable, not its value (which may hold a
   *     password)
   */
  private @Nullable ResolvedProxy fromVariable(
      Function<String, @Nullable String> environment, String lower, String upper) {
    String value = variable(environment, lower, upper);
    if (value == null) {
      return null;
    }
    String name = environment.apply(lower) != null && !environment.apply(lower).isBlank() ? lower : upper;
    String text = value.contains("://") ? value : "http://" + value;
    URI uri;
    try {
      uri = new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("The environment variable " + name + " is not a proxy URL");
    }
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    ProxyScheme proxyScheme;
    if (scheme.equals("http")) {
      proxyScheme = ProxyScheme.HTTP;
    } else if (scheme.equals("https")) {
      proxyScheme = ProxyScheme.HTTPS;
    } else {
      throw new IllegalArgumentException(
          "The environment variable " + name + " names a " + scheme + " proxy; only http and https proxies are supported");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("The environment variable " + name + " has no proxy host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() > 0 ? uri.getPort() : proxyScheme == ProxyScheme.HTTPS ? 443 : 80;
    ProxyCredentials fromUrl = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
      if (!user.isBlank()) {
        fromUrl = new ProxyCredentials(user, Secret.of(password));
      }
    }
    return new ResolvedProxy(
        proxyScheme,
        host,
        port,
        credentials != null ? credentials : fromUrl,
        "the environment variable " + name);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
