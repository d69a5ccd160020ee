package com.tripwirejs.http.testkit.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small forward proxy on a loopback port, for tests: it tunnels https with {@code CONNECT},
 * forwards plain http requests given with an absolute URI, and, when made with credentials,
 * answers {@code 407} with a Basic challenge to any request without those credentials. It records
 * the targets it tunnelled or forwarded to and the challenges it sent.
 */
public final class TestProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String expectedAuthorization;
  private final List<String> tunnels = new CopyOnWriteArrayList<>();
  private final List<String> forwarded = new CopyOnWriteArrayList<>();
  private final AtomicInteger challenges = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private TestProxy(String username, String password) throws IOException {
    this.expectedAuthorization =
        username == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "test-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy that lets every request through. */
  public static TestProxy open() throws IOException {
    return new TestProxy(null, null);
  }

  /** A proxy that requires these Basic credentials. */
  public static TestProxy requiringCredentials(String username, String password) throws IOException {
    return new TestProxy(username, password);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The {@code host:port} targets of the tunnels it opened, in order. */
  public List<String> tunnels() {
    return tunnels;
  }

  /** The absolute URIs it forwarded, in order. */
  public List<String> forwarded() {
    return forwarded;
  }

  /** How many 407 challenges it sent. */
  public int challenges() {
    return challenges.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Thread handler = new Thread(() -> handle(socket), "test-proxy-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        List<String> head = readHead(in);
        if (head == null || head.isEmpty()) {
          return;
        }
        String[] requestLine = head.get(0).split(" ");
        String method = requestLine[0];
        String target = requestLine[1];
        String authorization = header(head, "Proxy-Authorization");
        long length = contentLength(head);
        if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
          if (length > 0) {
            in.readNBytes((int) length);
          }
          challenges.incrementAndGet();
          out.write(
              ("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      + "Proxy-Authenticate: Basic realm=\"test-proxy\"\r\n"
                      + "Content-Length: 0\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          continue;
        }
        if (method.equals("CONNECT")) {
          tunnel(client, target);
          return;
        }
        forward(client, method, target, head, length);
        return;
      }
    } catch (IOException e) {
      // the client or the target went away
    }
  }

  private void tunnel(Socket client, String target) throws IOException {
    int colon = target.lastIndexOf(':');
    Socket upstream;
    try {
      upstream =
          new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
    } catch (IOException e) {
      client.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      return;
    }
    sockets.add(upstream);
    tunnels.add(target);
    client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    client.getOutputStream().flush();
    pipe(upstream, client);
  }

  private void forward(Socket client, String method, String target, List<String> head, long length)
      throws IOException {
    URI uri = URI.create(target);
    forwarded.add(target);
    try (Socket upstream = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = upstream.getOutputStream();
      StringBuilder request = new StringBuilder();
      String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      for (String line : head.subList(1, head.size())) {
        String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
        if (!name.startsWith("proxy-") && !name.equals("connection")) {
          request.append(line).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (length > 0) {
        out.write(client.getInputStream().readNBytes((int) length));
      }
      out.flush();
      InputStream response = upstream.getInputStream();
      List<String> responseHead = readHead(response);
      if (responseHead == null) {
        return;
      }
      StringBuilder rewritten = new StringBuilder();
      rewritten.append(responseHead.get(0)).append("\r\n");
      for (String line : responseHead.subList(1, responseHead.size())) {
        if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
          rewritten.append(line).append("\r\n");
        }
      }
      rewritten.append("Connection: close\r\n\r\n");
      OutputStream back = client.getOutputStream();
      back.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
      response.transferTo(back);
      back.flush();
    }
  }

  private static void pipe(Socket a, Socket b) {
    Thread up = new Thread(() -> copy(a, b), "test-proxy-pipe");
    up.setDaemon(true);
    up.start();
    copy(b, a);
    try {
      up.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copy(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // closed
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException e) {
        // closed
      }
    }
  }

  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int previous = -1;
    while (true) {
      int next = in.read();
      if (next < 0) {
        return lines.isEmpty() && line.size() == 0 ? null : lines;
      }
      if (previous == '\r' && next == '\n') {
        byte[] bytes = line.toByteArray();
        String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
        line.reset();
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
      } else {
        line.write(next);
      }
      previous = next;
    }
  }

  private static String header(List<String> head, String name) {
    for (String line : head.subList(1, head.size())) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static long contentLength(List<String> head) {
    String value = header(head, "Content-Length");
    return value == null ? 0 : Long.parseLong(value);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
  }
}
