package com.tripwirejs.http.internal;

import com.tripwirejs.http.RequestListener;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's log, through {@link System.Logger} under the name {@code com.tripwirejs.http}: one
 * DEBUG line per attempt, nothing at INFO or above unless a listener fails. Lines carry the
 * method, path and query, status, request id, attempt and duration; never a header value, a body,
 * a secret key or a token.
 */
final class PipelineLog {

  private static final Logger LOG = System.getLogger("com.tripwirejs.http");

  void attempt(
      ApiCall call,
      URI uri,
      int attempt,
      @Nullable Integer status,
      @Nullable String requestId,
      Duration took,
      @Nullable Exception error,
      @Nullable Duration retryDelay) {
    if (!LOG.isLoggable(Level.DEBUG)) {
      return;
    }
    StringBuilder line =
        new StringBuilder(128)
            .append(call.method())
            .append(' ')
            .append(uri.getRawPath());
    if (uri.getRawQuery() != null) {
      line.append('?').append(uri.getRawQuery());
    }
    line.append(" -> ").append(status == null ? "no response" : status.toString());
    line.append(" in ").append(took.toMillis()).append(" ms (attempt ").append(attempt);
    if (requestId != null) {
      line.append(", request id ").append(requestId);
    }
    line.append(')');
    if (error != null) {
      line.append(": ").append(error.getMessage());
    }
    if (retryDelay != null) {
      line.append("; retrying in ").append(retryDelay.toMillis()).append(" ms");
    }
    LOG.log(Level.DEBUG, line.toString());
  }

  void listenerFailed(Object listener, RuntimeException e) {
    LOG.log(
        Level.WARNING,
        (listener instanceof RequestListener ? "Request listener " : "Call listener ")
            + listener.getClass().getName() + " threw; the call goes on",
        e);
  }
}
