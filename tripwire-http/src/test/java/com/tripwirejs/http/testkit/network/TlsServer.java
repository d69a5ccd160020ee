package com.tripwirejs.http.testkit.network;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real HTTPS server on a loopback port (the JDK's built-in server) with a certificate of a
 * {@link TestPki} ({@link MutualTlsServer} is the one that requires a client certificate). Every path answers
 * 200 with {@code {"ok":true}} and the path in {@code X-Path}; it counts the requests it served.
 */
public final class TlsServer implements AutoCloseable {

  private final HttpsServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "tls-test-server");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger served = new AtomicInteger();

  private TlsServer(KeyStore keys, String... protocols) throws IOException {
    SSLContext context = TestPki.context(keys, emptyStore());
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters parameters = context.getDefaultSSLParameters();
            if (protocols.length > 0) {
              parameters.setProtocols(protocols);
            }
            params.setSSLParameters(parameters);
          }
        });
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
          }
          served.incrementAndGet();
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Path", exchange.getRequestURI().getRawPath());
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.setExecutor(executor);
    server.start();
  }

  /** A server with a certificate the CA issued. */
  public static TlsServer start(TestPki pki) throws IOException {
    return new TlsServer(pki.serverKeyStore());
  }

  /** A server whose certificate (of the CA) names only this host, not {@code localhost}. */
  public static TlsServer startForHost(TestPki pki, String hostName) throws IOException {
    return new TlsServer(pki.serverKeyStoreFor(hostName));
  }

  /** A server that speaks only these TLS versions. */
  public static TlsServer startWithProtocols(TestPki pki, String... protocols) throws IOException {
    return new TlsServer(pki.serverKeyStore(), protocols);
  }

  /** {@code https://localhost:PORT/path}. */
  public URI uri(String path) {
    return URI.create("https://localhost:" + server.getAddress().getPort() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How many requests the server answered. */
  public int served() {
    return served.get();
  }

  private static KeyStore emptyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      return store;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
