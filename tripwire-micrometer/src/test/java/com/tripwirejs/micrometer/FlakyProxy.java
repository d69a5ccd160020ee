package com.tripwirejs.micrometer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server in front of the fake API that answers the first {@code failures} requests
 * with a 503 error response (retryable) and forwards every later one to the fake: a call through it
 * with retries on takes {@code failures + 1} attempts.
 */
final class FlakyProxy implements AutoCloseable {

  private static final byte[] UNAVAILABLE =
      ("{\"error\":{\"code\":\"service.unavailable\",\"message\":\"Try again\",\"status\":503,"
              + "\"retryable\":true,\"request_id\":\"req_flaky\"}}")
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final HttpClient forward = HttpClient.newHttpClient();
  private final URI target;
  private final AtomicInteger failuresLeft;
  private final long delayMillis;

  FlakyProxy(URI target, int failures) throws IOException {
    this(target, failures, 0);
  }

  /** Also holds every answer back by {@code delayMillis}, so that it arrives on another thread. */
  FlakyProxy(URI target, int failures, long delayMillis) throws IOException {
    this.target = target;
    this.failuresLeft = new AtomicInteger(failures);
    this.delayMillis = delayMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (failuresLeft.getAndDecrement() > 0) {
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        exchange.getResponseHeaders().put("x-request-id", List.of("req_flaky"));
        exchange.sendResponseHeaders(503, UNAVAILABLE.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(UNAVAILABLE);
        }
        return;
      }
      URI uri = URI.create(target.toString().replaceAll("/$", "") + exchange.getRequestURI());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        String name = header.getKey();
        if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Content-Type")) {
          request.header(name, header.getValue().get(0));
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      response
          .headers()
          .firstValue("Content-Type")
          .ifPresent(value -> exchange.getResponseHeaders().put("Content-Type", List.of(value)));
      response
          .headers()
          .firstValue("x-request-id")
          .ifPresent(value -> exchange.getResponseHeaders().put("x-request-id", List.of(value)));
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
