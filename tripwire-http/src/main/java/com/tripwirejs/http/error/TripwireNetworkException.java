package com.tripwirejs.http.error;

import org.jspecify.annotations.Nullable;

/**
 * The network between the client and the API refused the connection as configured: the proxy
 * refused its credentials or could not be reached, the server certificate is not trusted, or the
 * server refused the client certificate. {@link #problem()} says which; the message names the
 * setting to check (a {@code NetworkSettings} method) and never contains a credential. The request
 * did not reach the API.
 */
public final class TripwireNetworkException extends TripwireConnectionException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Problem {
    /**
     * The proxy answered {@code 407 Proxy Authentication Required}: it wants credentials and none
     * were given, or it refused the ones given. Check {@code NetworkSettings.proxyCredentials}
     * (or the credentials in the proxy variable).
     */
    PROXY_AUTHENTICATION_FAILED,
    /**
     * The proxy could not be reached (connection refused, unknown host, no route). Check {@code
     * NetworkSettings.proxy}, the proxy variable or system property, and {@code nonProxyHosts}.
     */
    PROXY_UNREACHABLE,
    /**
     * The server's certificate is not trusted by the trust material in use, or does not match
     * the host name. Check {@code NetworkSettings.trustStore} / {@code trustCertificates} (for a
     * proxy that inspects TLS: its CA), or the JVM's default trust store.
     */
    SERVER_CERTIFICATE_NOT_TRUSTED,
    /**
     * The server refused the TLS handshake for the client's certificate: none was sent where one
     * is required, or the one sent is not accepted. Check {@code
     * NetworkSettings.clientCertificate}.
     */
    CLIENT_CERTIFICATE_REFUSED
  }

  private final Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem what went wrong
   * @param message what went wrong and the setting to check, without secrets
   * @param cause the failure the transport reported
   */
  public TripwireNetworkException(Problem problem, String message, @Nullable Throwable cause) {
    super(message, false, cause);
    this.problem = java.util.Objects.requireNonNull(problem, "problem");
  }

  /**
   * What went wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}
