package com.tripwirejs.http.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on a loopback port, on plain sockets, that records when each connection
 * opens and closes: the server notices a client's close at once, also while it holds a request
 * (it waits by reading the idle socket, which returns at the close). It keeps connections alive
 * and counts how many were open at once.
 *
 * <p>What a request gets depends on the first segments of its path, so that a client's base URL
 * can carry the behaviour ({@code http://127.0.0.1:port/delay/50} makes every call answer after
 * 50 ms):
 *
 * <ul>
 *   <li>{@code /delay/MS/...}: 200 after MS milliseconds, with the body of {@link #body};
 *   <li>{@code /hold/...}: never answers, until the client closes (or 60 s pass);
 *   <li>{@code /gate/...}: answers 200 once {@link #openGate()} was called, at once after that;
 *   <li>{@code /holdnext/...}: answers a request without a {@code cursor} query parameter at
 *       once, with the body of {@link #body}, and holds those with one (the next page);
 *   <li>{@code /slowbody/N/MS/...}: 200 announcing N bytes, then one byte every MS ms;
 *   <li>{@code /declared/N/...}: 200 announcing N bytes, then zeros as fast as the client reads;
 *   <li>{@code /chunked/...}: 200 with a chunked body of zeros that never ends;
 *   <li>{@code /status/CODE/...}: that status with an empty JSON object;
 *   <li>anything else: 200 at once with the body of {@link #body}.
 * </ul>
 */
public final class ConnectionRecordingServer implements AutoCloseable {

  /** One connection as the server saw it; times are {@link System#nanoTime()}. */
  public static final class Connection {
    private final long opened = System.nanoTime();
    private volatile long closed;
    private volatile int requests;

    /** When the server accepted it. */
    public long opened() {
      return opened;
    }

    /** When the server saw it close, or 0 while open. */
    public long closed() {
      return closed;
    }

    /** How many requests arrived on it. */
    public int requests() {
      return requests;
    }

    /** Whether it is still open. */
    public boolean isOpen() {
      return closed == 0;
    }
  }

  private final ServerSocket socket;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "recording-server");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final java.util.Set<Socket> sockets = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger maxOpen = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Function<String, String> body = path -> "{}";
  private volatile boolean gateOpen;

  /** Starts the server on a free loopback port. */
  public ConnectionRecordingServer() throws IOException {
    socket = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The URI of a path on this server. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
  }

  /** The base URL of a path on this server, as a string. */
  public String url(String path) {
    return uri(path).toString();
  }

  /** Sets the JSON body of the answers of {@code /delay} and of unknown paths, by request path. */
  public void body(Function<String, String> body) {
    this.body = body;
  }

  /** Lets every request to {@code /gate} through, those held and those to come. */
  public void openGate() {
    gateOpen = true;
  }

  /** Every connection accepted so far, in order. */
  public List<Connection> connections() {
    return List.copyOf(connections);
  }

  /** How many connections are open now. */
  public int openNow() {
    return open.get();
  }

  /** The most connections that were open at once. */
  public int maxOpen() {
    return maxOpen.get();
  }

  /** How many requests arrived. */
  public int requests() {
    return requests.get();
  }

  /** Forgets the connections seen so far and the peak, keeping those open in the count. */
  public void resetPeak() {
    maxOpen.set(open.get());
  }

  /** Waits until {@code condition} holds, at most {@code timeout}; returns whether it does. */
  public static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(2);
    }
    return true;
  }

  private void accept() {
    while (!socket.isClosed()) {
      Socket client;
      try {
        client = socket.accept();
      } catch (IOException e) {
        return;
      }
      Connection connection = new Connection();
      connections.add(connection);
      sockets.add(client);
      int now = open.incrementAndGet();
      maxOpen.accumulateAndGet(now, Math::max);
      try {
        threads.execute(() -> serve(client, connection));
      } catch (RuntimeException e) {
        closeQuietly(client, connection);
      }
    }
  }

  private void serve(Socket client, Connection connection) {
    try {
      client.setTcpNoDelay(true);
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        client.setSoTimeout(0);
        String head = readHead(in);
        if (head == null) {
          return;
        }
        connection.requests++;
        requests.incrementAndGet();
        String[] lines = head.split("\r\n");
        String path = lines[0].split(" ")[1];
        long length = 0;
        for (String line : lines) {
          if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Long.parseLong(line.substring(15).trim());
          }
        }
        in.readNBytes((int) length);
        if (!answer(client, in, out, path)) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client closed or reset the connection
    } finally {
      closeQuietly(client, connection);
    }
  }

  /** Answers one request; false when the connection is over. */
  private boolean answer(Socket client, InputStream in, OutputStream out, String path) throws IOException {
    String[] parts = path.split("[/?]");
    String kind = parts.length > 1 ? parts[1] : "";
    switch (kind) {
      case "delay":
        if (!hold(client, in, Long.parseLong(parts[2]))) {
          return false;
        }
        respond(out, 200, "", body.apply(path).getBytes(StandardCharsets.UTF_8));
        return true;
      case "hold":
        hold(client, in, 60_000);
        return false;
      case "holdnext":
        if (path.contains("cursor=")) {
          hold(client, in, 60_000);
          return false;
        }
        respond(out, 200, "", body.apply(path).getBytes(StandardCharsets.UTF_8));
        return true;
      case "gate":
        for (int waited = 0; !gateOpen && waited < 60_000; waited += 20) {
          if (!hold(client, in, 20)) {
            return false;
          }
        }
        respond(out, 200, "", body.apply(path).getBytes(StandardCharsets.UTF_8));
        return true;
      case "slowbody":
        {
          int size = Integer.parseInt(parts[2]);
          long interval = Long.parseLong(parts[3]);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + size + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          for (int i = 0; i < size; i++) {
            if (!hold(client, in, interval)) {
              return false;
            }
            out.write(' ');
            out.flush();
          }
          return true;
        }
      case "declared":
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + parts[2] + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        stream(out, false);
        return false;
      case "chunked":
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        stream(out, true);
        return false;
      case "status":
        respond(out, Integer.parseInt(parts[2]), "", "{}".getBytes(StandardCharsets.UTF_8));
        return true;
      default:
        respond(out, 200, "", body.apply(path).getBytes(StandardCharsets.UTF_8));
        return true;
    }
  }

  /** Writes zeros until the client goes away (at most 4 GiB). */
  private static void stream(OutputStream out, boolean chunked) throws IOException {
    byte[] zeros = new byte[64 * 1024];
    byte[] chunkHead = (Integer.toHexString(zeros.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    for (long sent = 0; sent < (4L << 30); sent += zeros.length) {
      if (chunked) {
        out.write(chunkHead);
      }
      out.write(zeros);
      if (chunked) {
        out.write(crlf);
      }
    }
  }

  /**
   * Waits {@code millis} while watching the connection: false as soon as the client closes it
   * (the client sends nothing while it waits for an answer, so a read returns only at the close).
   */
  private static boolean hold(Socket client, InputStream in, long millis) throws IOException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (true) {
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return true;
      }
      client.setSoTimeout((int) Math.max(1, left));
      try {
        if (in.read() < 0) {
          return false;
        }
      } catch (SocketTimeoutException e) {
        return true;
      }
    }
  }

  private static void respond(OutputStream out, int status, String extraHeaders, byte[] body) throws IOException {
    out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n" + extraHeaders
            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  /** The request line and headers, or null at the end of the connection. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(256);
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b = in.read(); b >= 0; b = in.read()) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return head.toString(StandardCharsets.US_ASCII);
      }
    }
    return null;
  }

  private void closeQuietly(Socket client, Connection connection) {
    synchronized (connection) {
      if (connection.closed == 0) {
        connection.closed = System.nanoTime();
        open.decrementAndGet();
      }
    }
    sockets.remove(client);
    try {
      client.close();
    } catch (IOException e) {
      // closed already
    }
  }

  /** Stops accepting and closes every connection. */
  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket client : sockets) {
      try {
        client.close();
      } catch (IOException e) {
        // closed already
      }
    }
    threads.shutdownNow();
  }

  /** Milliseconds from {@code since} (a {@link System#nanoTime()}) to each close after it. */
  public List<Long> closesAfter(long since) {
    List<Long> millis = new ArrayList<>();
    for (Connection connection : connections) {
      long closed = connection.closed;
      if (closed != 0 && closed >= since) {
        millis.add((closed - since) / 1_000_000);
      }
    }
    return millis;
  }
}
