package com.tripwirejs.api.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small programmable API server on a loopback port (the JDK's built-in HTTP server). It records
 * every request exactly as it arrived, raw (still percent-encoded) path and query included, and
 * answers with whatever the test's handler returns. Fast enough for thousands of calls.
 */
public final class LoopbackApi implements AutoCloseable {

  /** One request as the server received it. */
  public record Received(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body,
      int clientPort) {

    /** The first value of a header, any case, or null. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue().get(0);
        }
      }
      return null;
    }

    /** The decoded query parameters in the order sent (empty when there was no query). */
    public List<Map.Entry<String, String>> query() {
      List<Map.Entry<String, String>> parameters = new ArrayList<>();
      if (rawQuery == null || rawQuery.isEmpty()) {
        return parameters;
      }
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        parameters.add(Map.entry(decode(name), decode(value)));
      }
      return parameters;
    }

    /** The decoded value of the first query parameter of that name, or null. */
    public String queryParameter(String name) {
      for (Map.Entry<String, String> parameter : query()) {
        if (parameter.getKey().equals(name)) {
          return parameter.getValue();
        }
      }
      return null;
    }

    /** The raw path segments after the leading slash. */
    public List<String> rawSegments() {
      return List.of(rawPath.substring(1).split("/", -1));
    }

    private static String decode(String text) {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
  }

  /** What the server answers. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {

    /** A JSON answer with a request id header. */
    public static Reply json(int status, byte[] body) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.put("x-request-id", "req_loopback");
      return new Reply(status, headers, body);
    }

    /** A JSON answer with a request id header. */
    public static Reply json(int status, String body) {
      return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A status without body. */
    public static Reply empty(int status) {
      return new Reply(status, Map.of(), new byte[0]);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private final java.util.Set<Integer> clientPorts = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile Function<Received, Reply> handler = request -> Reply.empty(404);
  private volatile boolean recording = true;

  /** Starts the server. */
  public LoopbackApi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the loopback server", e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            48,
            runnable -> {
              Thread thread = new Thread(runnable, "loopback-api-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL, such as {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Sets how the server answers from now on. */
  public void answer(Function<Received, Reply> handler) {
    this.handler = handler;
  }

  /**
   * Sets whether requests are kept for {@link #received()}; off for load tests, which only need
   * {@link #count()} and would otherwise hold thousands of requests.
   */
  public void recording(boolean recording) {
    this.recording = recording;
  }

  /** Every request received since the last {@link #clear()}, in arrival order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** How many requests arrived since the last {@link #clear()}. */
  public int count() {
    return count.get();
  }

  /** The client ports requests came from since the last {@link #clear()}: one per connection. */
  public java.util.Set<Integer> clientPorts() {
    return java.util.Set.copyOf(clientPorts);
  }

  /** Forgets the requests received so far. */
  public void clear() {
    received.clear();
    clientPorts.clear();
    count.set(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Received request =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              Map.copyOf(exchange.getRequestHeaders()),
              body,
              exchange.getRemoteAddress().getPort());
      count.incrementAndGet();
      clientPorts.add(request.clientPort());
      if (recording) {
        received.add(request);
      }
      Reply reply;
      try {
        reply = handler.apply(request);
      } catch (RuntimeException e) {
        reply = Reply.json(500, "{\"test_handler_failed\":\"" + e.getClass().getSimpleName() + "\"}");
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      if (reply.body().length == 0) {
        exchange.sendResponseHeaders(reply.status(), -1);
      } else {
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away (a timeout, a cancellation): nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
