package com.tripwirejs.http.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a loopback port (the JDK's built-in server) with the endpoints the
 * transport test kit needs. It records every request it receives.
 *
 * <ul>
 *   <li>{@code /echo/...}: answers 200 with the request body, and headers {@code X-Method}, {@code
 *       X-Raw-Path} and {@code X-Echo: one} twice ({@code one}, {@code two});
 *   <li>{@code /status/NNN}: answers that status with no body;
 *   <li>{@code /bytes/N}: answers N bytes of a repeating pattern;
 *   <li>{@code /utf8}: answers a UTF-8 text with characters outside ASCII;
 *   <li>{@code /sleep/MS}: waits that long before answering;
 *   <li>{@code /drip/N/MS}: answers N bytes, one every MS milliseconds.
 * </ul>
 */
public final class LocalHttpServer implements AutoCloseable {

  /** The text {@code /utf8} answers. */
  public static final String UTF8_TEXT = "Grüße, 世界 — naïve café 🚀 ¿qué?";

  /** One request as the server received it. */
  public record Received(String method, String rawPath, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "local-http-server");
    thread.setDaemon(true);
    return thread;
  });
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  public LocalHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URI, such as {@code http://127.0.0.1:41234}. */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  /** The next request the server received, waiting up to 5 s. */
  public Received takeRequest() throws InterruptedException {
    Received request = received.poll(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("The server received no request");
    }
    return request;
  }

  /** How many requests arrived and were not yet taken. */
  public int pendingRequests() {
    return received.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      received.add(
          new Received(
              exchange.getRequestMethod(),
              query == null ? rawPath : rawPath + "?" + query,
              Map.copyOf(exchange.getRequestHeaders()),
              body));
      String[] parts = rawPath.split("/");
      String kind = parts.length > 1 ? parts[1] : "";
      switch (kind) {
        case "echo":
          exchange.getResponseHeaders().add("X-Method", exchange.getRequestMethod());
          exchange.getResponseHeaders().add("X-Raw-Path", query == null ? rawPath : rawPath + "?" + query);
          exchange.getResponseHeaders().add("X-Echo", "one");
          exchange.getResponseHeaders().add("X-Echo", "two");
          exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
          send(exchange, 200, body);
          break;
        case "status":
          int status = Integer.parseInt(parts[2]);
          exchange.sendResponseHeaders(status, -1);
          break;
        case "bytes":
          send(exchange, 200, pattern(Integer.parseInt(parts[2])));
          break;
        case "utf8":
          exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
          send(exchange, 200, UTF8_TEXT.getBytes(StandardCharsets.UTF_8));
          break;
        case "sleep":
          sleep(Long.parseLong(parts[2]));
          send(exchange, 200, "late".getBytes(StandardCharsets.UTF_8));
          break;
        case "drip":
          int count = Integer.parseInt(parts[2]);
          long interval = Long.parseLong(parts[3]);
          exchange.sendResponseHeaders(200, count);
          OutputStream out = exchange.getResponseBody();
          for (int i = 0; i < count; i++) {
            out.write('x');
            out.flush();
            sleep(interval);
          }
          break;
        default:
          exchange.sendResponseHeaders(404, -1);
      }
    } catch (IOException | RuntimeException e) {
      // the client went away (timeouts, cancellations): nothing to answer
    }
  }

  /** The bytes {@code /bytes/N} answers. */
  public static byte[] pattern(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + (i >> 8));
    }
    return bytes;
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
