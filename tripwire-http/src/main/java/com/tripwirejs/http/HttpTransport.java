package com.tripwirejs.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends one HTTP request and returns its response: the only thing the SDK needs from an HTTP
 * client.
 *
 * <p>A transport does no retries, auth, JSON or error mapping; the SDK does those around it. It
 * must be thread-safe, send the request exactly as given (method, URI with its encoding intact,
 * headers, body), honour {@link TransportRequest#timeout()} as the deadline for the whole exchange,
 * and read at most {@link TransportRequest#maxResponseBytes()} of response body. Failures are
 * {@link IOException}s, which the SDK classifies: a {@link java.net.ConnectException} or {@link
 * java.net.UnknownHostException} means the request was never sent (safe to retry), a {@link
 * java.net.SocketTimeoutException} or {@link java.net.http.HttpTimeoutException} is a timeout,
 * anything else means the request may have reached the server.
 *
 * <p>Implementing {@link #execute} is enough: {@link #executeAsync} then runs it on the executor
 * the SDK passes in. The shipped transports implement both natively.
 *
 * <p><b>Concurrency bound.</b> The client never has more than {@link #maxConcurrentRequests()}
 * requests in flight on a transport: further calls wait in a first-come, first-served queue,
 * without a thread each, for a slot to free up, and the wait counts against the call's timeout.
 *
 * <p><b>Cancellation.</b> When the SDK gives up on an exchange (the caller cancelled the call,
 * interrupted its thread, or a deadline passed) it cancels the future {@link #executeAsync}
 * returned, or interrupts the thread blocked in {@link #execute}; a transport should then abort
 * the exchange and close its connection. A blocking {@link #execute} interrupted while waiting
 * should throw a {@link java.io.InterruptedIOException} (not a {@link
 * java.net.SocketTimeoutException}) with the thread's interrupt status set.
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * The default bound on requests in flight at once, on each shipped transport and on a
   * transport of your own that does not say otherwise: 50.
   */
  int DEFAULT_MAX_CONCURRENT_REQUESTS = 50;

  /**
   * Sends a request and waits for the complete response.
   *
   * @param request the request
   * @return the response, whatever its status
   * @throws IOException when no complete response arrived
   */
  TransportResponse execute(TransportRequest request) throws IOException;

  /**
   * Sends a request without blocking the caller. The default runs {@link #execute} on {@code
   * executor}; cancelling the returned future interrupts the thread running it (as {@link
   * java.util.concurrent.FutureTask#cancel(boolean) FutureTask} does).
   *
   * @param request the request
   * @param executor where a transport without non-blocking I/O may run blocking work
   * @return the response, or a future completed exceptionally with the {@link IOException}
   */
  default CompletableFuture<TransportResponse> executeAsync(
      TransportRequest request, Executor executor) {
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    Thread[] runner = new Thread[1];
    Runnable task =
        () -> {
          synchronized (runner) {
            if (result.isDone()) {
              return;
            }
            runner[0] = Thread.currentThread();
          }
          try {
            result.complete(execute(request));
          } catch (UncheckedIOException e) {
            result.completeExceptionally(e.getCause());
          } catch (IOException | RuntimeException | Error e) {
            result.completeExceptionally(e);
          } finally {
            synchronized (runner) {
              runner[0] = null;
              Thread.interrupted(); // an interrupt meant for this call stays with it
            }
          }
        };
    result.whenComplete(
        (response, failure) -> {
          if (failure != null) {
            synchronized (runner) {
              if (runner[0] != null) {
                runner[0].interrupt();
              }
            }
          }
        });
    try {
      executor.execute(task);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  /**
   * The most requests the client sends through this transport at once; calls beyond it queue
   * until a slot frees up. On HTTP/1.1 each request in flight needs a connection of its own, so
   * this also bounds the connections the transport opens.
   *
   * @return at least 1; {@link #DEFAULT_MAX_CONCURRENT_REQUESTS} unless the transport says
   *     otherwise
   */
  default int maxConcurrentRequests() {
    return DEFAULT_MAX_CONCURRENT_REQUESTS;
  }

  /** Releases the transport's connections and threads. The default does nothing. */
  @Override
  default void close() {}
}
