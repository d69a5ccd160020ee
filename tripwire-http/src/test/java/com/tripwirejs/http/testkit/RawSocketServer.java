package com.tripwirejs.http.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback servers that misbehave at the TCP level, for the failures an HTTP server cannot
 * produce: a connection reset in the middle of a body, a port nobody listens on, and a listener
 * whose backlog is full so that connecting hangs.
 */
public final class RawSocketServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<Socket> held = new ArrayList<>();
  private final AtomicInteger connections;
  private final Thread acceptor;

  private RawSocketServer(ServerSocket socket, AtomicInteger connections, Thread acceptor) {
    this.socket = socket;
    this.connections = connections;
    this.acceptor = acceptor;
  }

  /**
   * A server that reads the request head, announces a body of {@code announced} bytes, sends
   * {@code sent} of them and resets the connection.
   */
  public static RawSocketServer resetMidBody(int announced, int sent) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    AtomicInteger connections = new AtomicInteger();
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                  connections.incrementAndGet();
                  readHead(client.getInputStream());
                  OutputStream out = client.getOutputStream();
                  out.write(
                      ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + announced
                              + "\r\n\r\n")
                          .getBytes(StandardCharsets.US_ASCII));
                  out.write(new byte[sent]);
                  out.flush();
                  client.setSoLinger(true, 0); // close with RST instead of FIN
                } catch (IOException e) {
                  // next connection
                }
              }
            },
            "reset-mid-body");
    acceptor.setDaemon(true);
    acceptor.start();
    return new RawSocketServer(server, connections, acceptor);
  }

  /**
   * A listener that never accepts, with its backlog filled, so that a new connection attempt
   * hangs until the client's connect timeout.
   */
  public static RawSocketServer unresponsiveListener() throws IOException {
    ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    RawSocketServer raw = new RawSocketServer(server, new AtomicInteger(), new Thread(() -> {}));
    for (int i = 0; i < 8; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(server.getLocalSocketAddress(), 200);
        raw.held.add(filler);
      } catch (IOException e) {
        filler.close();
        break; // the backlog is full: further connects hang
      }
    }
    return raw;
  }

  /** A loopback port that nobody listens on. */
  public static URI refusingUri(String path) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** How many connections the server accepted (for {@link #resetMidBody}: requests it answered). */
  public int connections() {
    return connections.get();
  }

  /** The URI of a path on this server. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b = in.read(); b >= 0; b = in.read()) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    for (Socket s : held) {
      s.close();
    }
    socket.close();
    acceptor.interrupt();
  }
}
