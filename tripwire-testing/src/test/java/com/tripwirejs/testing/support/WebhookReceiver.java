package com.tripwirejs.testing.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A webhook receiver on a loopback port (the JDK's HttpServer) that keeps every request it gets
 * and answers each with the status the test set (200 unless told otherwise).
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request the receiver got. */
  public record Received(String path, Map<String, String> headers, byte[] body) {
    /** {@return the header, whatever the case of its name} */
    public @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The headers as the webhook verifier looks them up. */
    public Function<String, @Nullable String> lookup() {
      return this::header;
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "ok";

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  /** {@return a started receiver} */
  public static WebhookReceiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      WebhookReceiver receiver = new WebhookReceiver(server);
      server.createContext("/", exchange -> {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        receiver.received.add(new Received(exchange.getRequestURI().getPath(), headers, exchange.getRequestBody().readAllBytes()));
        byte[] body = receiver.answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(receiver.status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the URL of {@code path} on this receiver, such as {@code http://127.0.0.1:4711/hooks}} */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers every following request with {@code status} and {@code body}. */
  public void answer(int newStatus, String body) {
    this.answer = body;
    this.status = newStatus;
  }

  /** {@return every request so far, in order} */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** {@return the requests so far to {@code path}} */
  public List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
