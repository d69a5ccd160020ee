package com.tripwirejs.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server on the loopback interface that answers every {@code GET} below one path
 * prefix with the same fixture bytes, over persistent connections.
 *
 * <p>It is as cheap as a server can be, so that the benchmarks that call it measure the client:
 * one thread per connection, a request read into a reused buffer and scanned for the end of its
 * headers, and the response (status line, headers and fixture) written from one prebuilt array.
 * Nothing about the body is cached on the client side: every call reads the fixture off the socket.
 * Any other request gets a 404 and the connection is closed.
 */
public final class FixtureHttpServer implements AutoCloseable {

  private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};
  private static final byte[] CONTENT_LENGTH =
      "\r\ncontent-length:".getBytes(StandardCharsets.US_ASCII);
  private static final int BUFFER_BYTES = 16 * 1024;

  private final ServerSocket socket;
  private final byte[] prefix;
  private final byte[] response;
  private final byte[] notFound;
  private final AtomicLong served = new AtomicLong();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  private FixtureHttpServer(ServerSocket socket, String pathPrefix, byte[] body) {
    this.socket = socket;
    this.prefix = ("GET " + pathPrefix).getBytes(StandardCharsets.US_ASCII);
    this.response = response(200, "OK", body);
    this.notFound =
        response(
            404,
            "Not Found",
            "{\"error\":{\"code\":\"not_found\",\"message\":\"no fixture\",\"status\":404,\"retryable\":false}}"
                .getBytes(StandardCharsets.US_ASCII));
    this.acceptor = new Thread(this::acceptLoop, "fixture-server-accept");
    acceptor.setDaemon(true);
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param pathPrefix the path every answered request starts with, such as {@code /v1/sessions/}
   * @param body the response body sent to each of them, with status 200
   * @return the running server; close it when done
   * @throws IOException when no loopback port can be bound
   */
  public static FixtureHttpServer start(String pathPrefix, byte[] body) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    FixtureHttpServer server = new FixtureHttpServer(socket, pathPrefix, body.clone());
    server.acceptor.start();
    return server;
  }

  /**
   * The base URL to give a client, such as {@code http://127.0.0.1:41234}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  /**
   * How many fixture responses have been written so far.
   *
   * @return the count of 200 answers
   */
  public long served() {
    return served.get();
  }

  /** Stops accepting and closes every open connection. */
  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing a listening socket does not fail in a way that matters here
    }
    for (Socket connection : connections) {
      closeQuietly(connection);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        return; // closed
      }
      connections.add(connection);
      Thread worker = new Thread(() -> serve(connection), "fixture-server-connection");
      worker.setDaemon(true);
      worker.start();
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      connection.setTcpNoDelay(true);
      InputStream in = connection.getInputStream();
      OutputStream out = connection.getOutputStream();
      byte[] buffer = new byte[BUFFER_BYTES];
      int filled = 0;
      while (true) {
        int end = indexOf(buffer, filled, HEADERS_END, 0);
        if (end < 0) {
          if (filled == buffer.length) {
            return; // headers larger than any client here sends
          }
          int read = in.read(buffer, filled, buffer.length - filled);
          if (read < 0) {
            return;
          }
          filled += read;
          continue;
        }
        int headersLength = end + HEADERS_END.length;
        long bodyLength = contentLength(buffer, headersLength);
        boolean answered = startsWith(buffer, filled, prefix);
        if (answered) {
          served.incrementAndGet(); // before the write, so a client that has the answer sees it counted
        }
        out.write(answered ? response : notFound);
        if (!answered || bodyLength < 0) {
          return;
        }
        // Drop this request (headers and any body) and keep what follows of the next one.
        long consumed = headersLength + bodyLength;
        while (consumed > filled) {
          long skipped = in.skip(consumed - filled);
          if (skipped <= 0) {
            return;
          }
          consumed -= skipped;
        }
        int rest = filled - (int) consumed;
        System.arraycopy(buffer, (int) consumed, buffer, 0, rest);
        filled = rest;
      }
    } catch (SocketException e) {
      // the client or close() ended the connection
    } catch (IOException e) {
      if (!closed) {
        throw new IllegalStateException("The fixture server failed", e);
      }
    } finally {
      connections.remove(connection);
    }
  }

  /** The request's Content-Length, 0 when absent, -1 when unreadable. */
  private static long contentLength(byte[] buffer, int headersLength) {
    int at = indexOfIgnoreCase(buffer, headersLength, CONTENT_LENGTH);
    if (at < 0) {
      return 0;
    }
    long value = 0;
    boolean digits = false;
    for (int i = at + CONTENT_LENGTH.length; i < headersLength; i++) {
      byte b = buffer[i];
      if (b == ' ' && !digits) {
        continue;
      }
      if (b < '0' || b > '9') {
        break;
      }
      digits = true;
      value = value * 10 + (b - '0');
      if (value > Integer.MAX_VALUE) {
        return -1;
      }
    }
    return digits ? value : -1;
  }

  private static boolean startsWith(byte[] buffer, int length, byte[] start) {
    if (length < start.length) {
      return false;
    }
    for (int i = 0; i < start.length; i++) {
      if (buffer[i] != start[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] buffer, int length, byte[] needle, int from) {
    outer:
    for (int i = from; i <= length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buffer[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Finds a lower-case ASCII needle, matching the buffer case-insensitively. */
  private static int indexOfIgnoreCase(byte[] buffer, int length, byte[] needle) {
    outer:
    for (int i = 0; i <= length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        int b = buffer[i + j];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] response(int status, String reason, byte[] body) {
    byte[] head =
        ("HTTP/1.1 "
                + status
                + " "
                + reason
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nx-request-id: req_benchmark\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static void closeQuietly(Socket connection) {
    try {
      connection.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
