package com.tripwirejs.http.testkit.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An HTTPS server on a loopback port that requires a client certificate its {@link TestPki}
 * issued, as a web server in front of an API does: a handshake without an acceptable certificate
 * ends with the TLS alert, and the connection is closed only after the client's pending bytes are
 * read (a lingering close), so the client receives the alert rather than a reset. Every request
 * is answered 200 {@code {"ok":true}} with the path in {@code X-Path}, one per connection.
 */
public final class MutualTlsServer implements AutoCloseable {

  private final ServerSocket server;
  private final SSLContext context;
  private final AtomicInteger served = new AtomicInteger();
  private volatile boolean closed;

  private MutualTlsServer(TestPki pki) throws IOException {
    context = TestPki.context(pki.serverKeyStore(), pki.trustStore());
    server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "mutual-tls-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server requiring a client certificate of this CA. */
  public static MutualTlsServer start(TestPki pki) throws IOException {
    return new MutualTlsServer(pki);
  }

  public URI uri(String path) {
    return URI.create("https://localhost:" + server.getLocalPort() + path);
  }

  public int port() {
    return server.getLocalPort();
  }

  public int served() {
    return served.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket plain = server.accept();
        Thread handler = new Thread(() -> handle(plain), "mutual-tls-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket plain) {
    try (plain) {
      plain.setSoTimeout(5_000);
      SSLSocket tls =
          (SSLSocket) context.getSocketFactory().createSocket(plain, null, plain.getPort(), false);
      tls.setUseClientMode(false);
      tls.setNeedClientAuth(true);
      try {
        tls.startHandshake();
      } catch (IOException refused) {
        lingeringClose(plain);
        return;
      }
      InputStream in = tls.getInputStream();
      String path = readPath(in);
      if (path == null) {
        return;
      }
      served.incrementAndGet();
      byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      OutputStream out = tls.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nX-Path: "
                  + path
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      tls.close();
    } catch (IOException e) {
      // the client went away
    }
  }

  /** Closes after the alert went out, reading what the client still sends for a moment. */
  private static void lingeringClose(Socket plain) {
    try {
      plain.shutdownOutput();
      plain.setSoTimeout(1_000);
      InputStream in = plain.getInputStream();
      byte[] buffer = new byte[4096];
      while (in.read(buffer) >= 0) {
        // discard
      }
    } catch (IOException e) {
      // closed or timed out: close now
    }
  }

  private static String readPath(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int next = in.read();
      if (next < 0) {
        return null;
      }
      head.write(next);
      matched = (next == '\r' || next == '\n') ? matched + 1 : 0;
    }
    String requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n")[0];
    String[] parts = requestLine.split(" ");
    return parts.length > 1 ? parts[1] : "/";
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
