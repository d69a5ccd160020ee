package com.tripwirejs.http.internal;

import com.tripwirejs.http.error.TripwireNetworkException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What a shipped transport throws when the network refused the exchange as configured; {@link
 * Failures#classify} turns it into a {@link TripwireNetworkException} with the same message.
 */
public final class NetworkFailure extends IOException {

  private static final long serialVersionUID = 1L;

  private final TripwireNetworkException.Problem problem;

  /**
   * Creates the failure.
   *
   * @param problem what went wrong
   * @param message what went wrong and the setting to check, without secrets
   * @param cause what the HTTP client reported
   */
  public NetworkFailure(
      TripwireNetworkException.Problem problem, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  /** What went wrong. */
  public TripwireNetworkException.Problem problem() {
    return problem;
  }

  /** The proxy answered 407 to the exchange meant for {@code host}. */
  public static NetworkFailure proxyAuthentication(ResolvedProxy proxy, boolean credentialsGiven) {
    return new NetworkFailure(
        TripwireNetworkException.Problem.PROXY_AUTHENTICATION_FAILED,
        "The proxy "
            + proxy.address()
            + (credentialsGiven
                ? " refused the proxy credentials (407 Proxy Authentication Required); check"
                    + " NetworkSettings.proxyCredentials or the credentials in the proxy variable"
                : " requires credentials (407 Proxy Authentication Required) and none were given;"
                    + " set NetworkSettings.proxyCredentials")
            + ". The request was not sent to the API",
        null);
  }

  /** The proxy could not be reached. */
  public static NetworkFailure proxyUnreachable(ResolvedProxy proxy, Throwable cause) {
    return new NetworkFailure(
        TripwireNetworkException.Problem.PROXY_UNREACHABLE,
        "Could not connect to the proxy "
            + proxy.address()
            + " ("
            + cause.getClass().getSimpleName()
            + ", from "
            + proxy.origin()
            + "); check that setting, and NetworkSettings.nonProxyHosts for hosts to reach"
            + " directly. The request was not sent",
        cause);
  }
}
