package com.tripwirejs.http.internal;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.ResponseTooLargeException;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireResponseTooLargeException;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.http.error.TripwireNetworkException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import com.tripwirejs.model.ServiceGeneration;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns what a transport threw into the SDK's connection and timeout exceptions. */
public final class Failures {

  /** The service, as failure messages name it: {@code Foil API}. */
  private static final String API = ServiceGeneration.CURRENT.serviceName() + " API";

  private Failures() {}

  /**
   * The SDK exception for a transport failure.
   *
   * @param failure what the transport threw (possibly wrapped by a future)
   * @param attemptTimeout the deadline the attempt had
   * @return the exception to report
   */
  public static TripwireException classify(Throwable failure, Duration attemptTimeout) {
    Throwable cause = unwrap(failure);
    if (cause instanceof TripwireException) {
      return (TripwireException) cause;
    }
    if (cause instanceof ResponseTooLargeException) {
      ResponseTooLargeException tooLarge = (ResponseTooLargeException) cause;
      Headers headers = tooLarge.headers();
      return new TripwireResponseTooLargeException(
          tooLarge.status(), headers == null ? Headers.empty() : headers, tooLarge.limit(), cause);
    }
    if (cause instanceof NetworkFailure) {
      NetworkFailure network = (NetworkFailure) cause;
      return new TripwireNetworkException(network.problem(), network.getMessage(), cause);
    }
    TripwireNetworkException tls = tlsFailure(cause);
    if (tls != null) {
      return tls;
    }
    if (cause instanceof HttpConnectTimeoutException
        || cause instanceof org.apache.hc.client5.http.ConnectTimeoutException) {
      return new TripwireTimeoutException(TripwireTimeoutException.Phase.CONNECT, null, cause);
    }
    if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
      return new TripwireTimeoutException(
          TripwireTimeoutException.Phase.RESPONSE, attemptTimeout, cause);
    }
    if (cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException
        || cause instanceof PortUnreachableException
        || cause instanceof SSLHandshakeException) {
      return new TripwireConnectionException(
          "Could not connect to the " + API + " (" + describe(cause) + "); the request was not sent",
          false,
          cause);
    }
    if (cause instanceof IOException) {
      return new TripwireConnectionException(
          "The connection to the " + API + " failed (" + describe(cause) + ")", true, cause);
    }
    return new TripwireConnectionException(
        "The HTTP transport failed (" + describe(cause) + ")", true, cause);
  }

  /** The fatal TLS alerts a server sends when it does not accept the client's certificate. */
  private static final java.util.List<String> CLIENT_CERTIFICATE_ALERTS =
      java.util.List.of(
          "bad_certificate",
          "certificate_required",
          "certificate_unknown",
          "unknown_ca",
          "certificate_expired",
          "certificate_revoked",
          "unsupported_certificate");

  /**
   * The TLS failure in a transport failure's causes: the server certificate not trusted (the
   * trust manager or the host name check refused it) or the client certificate refused (the
   * server sent a fatal alert about it).
   */
  private static @org.jspecify.annotations.Nullable TripwireNetworkException tlsFailure(
      Throwable failure) {
    boolean tls = false;
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      if (cause instanceof SSLException) {
        tls = true;
        String message = cause.getMessage();
        if (message != null && message.contains("Received fatal alert: ")) {
          String alert = message.substring(message.indexOf("Received fatal alert: ") + 22).trim();
          if (CLIENT_CERTIFICATE_ALERTS.contains(alert)) {
            return new TripwireNetworkException(
                TripwireNetworkException.Problem.CLIENT_CERTIFICATE_REFUSED,
                "The server refused the TLS handshake for the client certificate (alert "
                    + alert
                    + "): none was sent where one is required, or the one sent is not accepted;"
                    + " check NetworkSettings.clientCertificate. The request was not processed",
                failure);
          }
        }
      }
      if (cause instanceof SSLPeerUnverifiedException
          || (tls
              && (cause instanceof java.security.cert.CertificateException
                  || cause instanceof java.security.cert.CertPathValidatorException
                  || cause instanceof java.security.cert.CertPathBuilderException))) {
        return new TripwireNetworkException(
            TripwireNetworkException.Problem.SERVER_CERTIFICATE_NOT_TRUSTED,
            "The server certificate of the "
                + API
                + " is not trusted ("
                + describe(cause)
                + "): the trust material in use does not accept it, or it does not match the"
                + " host name. Check NetworkSettings.trustStore or trustCertificates (behind a"
                + " proxy that inspects TLS: trust its CA), or the JVM's default trust store."
                + " The request was not sent",
            failure);
      }
    }
    return null;
  }

  /** The failure inside the wrappers futures add. */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Whether a transport failure is the calling thread's interruption: the thread is interrupted,
   * or the transport reported an interruption (not a socket timeout, which shares its type).
   */
  public static boolean isInterruption(Throwable failure) {
    Throwable cause = unwrap(failure);
    return Thread.currentThread().isInterrupted()
        || cause instanceof InterruptedException
        || cause instanceof java.nio.channels.ClosedByInterruptException
        || (cause instanceof java.io.InterruptedIOException
            && !(cause instanceof SocketTimeoutException));
  }

  /** Whether a future failed because it was cancelled. */
  public static boolean isCancellation(Throwable failure) {
    return unwrap(failure) instanceof CancellationException;
  }

  private static String describe(Throwable cause) {
    // The type only: transport messages can quote URLs with query values.
    return cause.getClass().getSimpleName();
  }
}
