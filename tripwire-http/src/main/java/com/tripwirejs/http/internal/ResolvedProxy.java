package com.tripwirejs.http.internal;

import com.tripwirejs.http.NetworkSettings;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The proxy one request goes through, with the credentials for it and where the setting came from
 * (for messages).
 *
 * @param scheme how to talk to the proxy
 * @param host the proxy's host
 * @param port the proxy's port
 * @param credentials the credentials to answer its 407 with, or null
 * @param origin the setting it came from, as messages name it
 */
public record ResolvedProxy(
    NetworkSettings.ProxyScheme scheme,
    String host,
    int port,
    NetworkSettings.@Nullable ProxyCredentials credentials,
    String origin) {

  /** {@code http://host:port}, never the credentials. */
  public String address() {
    return scheme.name().toLowerCase(Locale.ROOT) + "://" + host + ":" + port;
  }

  @Override
  public String toString() {
    return "ResolvedProxy[" + address() + ", credentials=" + (credentials == null ? "none" : "[REDACTED]") + "]";
  }
}
