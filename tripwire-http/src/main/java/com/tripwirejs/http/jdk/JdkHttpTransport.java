package com.tripwirejs.http.jdk;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.ResponseTooLargeException;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.internal.BoundedBuffer;
import com.tripwirejs.http.internal.ConcurrencyLimit;
import com.tripwirejs.http.internal.Deadlines;
import com.tripwirejs.http.internal.Failures;
import com.tripwirejs.http.internal.NetworkFailure;
import com.tripwirejs.http.internal.ProxyResolver;
import com.tripwirejs.http.internal.ResolvedProxy;
import com.tripwirejs.http.internal.TlsSetup;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A transport on the JDK's {@code java.net.http.HttpClient}: no dependency beyond the JDK,
 * non-blocking by nature. HTTP/1.1 by default ({@link Builder#http2(boolean)} enables HTTP/2);
 * redirects are not followed.
 *
 * <p>The deadline of each request ({@link TransportRequest#timeout()}) covers the whole exchange,
 * body included. Blocking calls run on the calling thread; for deadlines the transport starts
 * one daemon thread on first use, which {@link #close()} stops.
 *
 * <p>At most {@link Builder#maxConnections(int) maxConnections} exchanges (50 by default) are in
 * flight at once; on HTTP/1.1 that bounds the connections the JDK client opens. Further requests
 * wait, without a thread each, within their deadline. Cancelling the future of {@link
 * #executeAsync}, or interrupting a thread blocked in {@link #execute}, aborts the exchange and
 * closes its connection. A response body over {@link TransportRequest#maxResponseBytes()} is
 * refused before reading when its {@code Content-Length} announces it, and cut off as soon as the
 * limit is passed otherwise.
 *
 * <p>One behaviour of the JDK client itself, which no per-client setting changes: when a
 * connection closes before the first byte of the response (what a stale keep-alive connection
 * looks like), it sends a GET once more on a new connection before reporting a failure. It never
 * does so for POST, PATCH or DELETE. The {@link com.tripwirejs.http.apache.ApacheHttpTransport}
 * sends every request exactly as often as the SDK's retry policy says.
 *
 * <p>Proxy, TLS trust, client certificate and TLS versions come from {@link
 * Builder#network(NetworkSettings)}, with two limits of the JDK client, refused when the
 * transport is built rather than failing later: it talks to proxies in plain HTTP only (no {@link
 * NetworkSettings.ProxyScheme#HTTPS} proxy, which the Apache transport refuses too), and it does not send Basic proxy credentials in the
 * {@code CONNECT} that tunnels an https URL unless the JVM was started with Basic removed from
 * {@code jdk.http.auth.tunneling.disabledSchemes} (a JVM-wide property the JDK reads once, and
 * sets to {@code Basic} by default), so proxy credentials are refused unless that is the case.
 * The {@link com.tripwirejs.http.apache.ApacheHttpTransport} sends proxy credentials on {@code
 * CONNECT} without that JVM setting. The host name of
 * the server is always verified.
 */
public final class JdkHttpTransport implements HttpTransport {

  private final HttpClient client;
  private final boolean ownsClient;
  private final ConcurrencyLimit slots;
  private final @Nullable ProxyResolver proxies;
  private final Object lock = new Object();
  private volatile @Nullable Deadlines deadlines;
  private volatile boolean closed;

  private JdkHttpTransport(
      HttpClient client, boolean ownsClient, int maxConnections, @Nullable ProxyResolver proxies) {
    this.client = client;
    this.proxies = proxies;
    this.ownsClient = ownsClient;
    this.slots = new ConcurrencyLimit(maxConnections);
  }

  /**
   * A transport with the default settings: HTTP/1.1, at most 50 exchanges in flight, 10 s connect
   * timeout.
   *
   * @return a new transport
   */
  public static JdkHttpTransport create() {
    return builder().build();
  }

  /**
   * A transport on a client the caller configured (proxy, TLS, executor). Its redirect policy
   * should be {@code NEVER}. The transport does not close it. At most 50 exchanges are in flight
   * at once.
   *
   * @param client the client to send with
   * @return the transport
   */
  public static JdkHttpTransport of(HttpClient client) {
    return of(client, DEFAULT_MAX_CONCURRENT_REQUESTS);
  }

  /**
   * A transport on a client the caller configured, with its own bound on exchanges in flight.
   *
   * @param client the client to send with
   * @param maxConnections the most exchanges in flight at once, at least 1
   * @return the transport
   */
  public static JdkHttpTransport of(HttpClient client, int maxConnections) {
    return new JdkHttpTransport(
        Objects.requireNonNull(client, "client"), false, checkMax(maxConnections), null);
  }

  private static int checkMax(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1");
    }
    return maxConnections;
  }

  /**
   * A builder of transports.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public TransportResponse execute(TransportRequest request) throws IOException {
    long started = System.nanoTime();
    Deadlines deadlines = deadlines();
    long limit = request.maxResponseBytes();
    ConcurrencyLimit.Permit permit = awaitSlot(request, started);
    HttpResponse<byte[]> response;
    try {
      // The request's own timeout covers the exchange up to the response headers; the body gets
      // what is left of it on the deadline thread.
      Duration left = request.timeout().minusNanos(System.nanoTime() - started);
      response =
          client.send(
              http(request, left),
              info ->
                  subscriber(limit, info)
                      .withDeadline(deadlines, request.timeout().minusNanos(System.nanoTime() - started), request));
    } catch (InterruptedException e) {
      throw interrupted(e, "Interrupted while waiting for the response");
    } catch (IOException e) {
      // send() wraps what failed the body in an IOException of its own
      ResponseTooLargeException tooLarge = tooLarge(e);
      if (tooLarge != null) {
        throw tooLarge;
      }
      Throwable failure = network(request, e);
      throw failure instanceof IOException ? (IOException) failure : e;
    } finally {
      permit.release();
    }
    return checked(request, response);
  }

  /** A slot for a blocking exchange, waited for within the request's deadline, interruptibly. */
  private ConcurrencyLimit.Permit awaitSlot(TransportRequest request, long started) throws IOException {
    CompletableFuture<ConcurrencyLimit.Permit> waiter = slots.acquire();
    try {
      return waiter.get(
          request.timeout().toNanos() - (System.nanoTime() - started), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      ConcurrencyLimit.abandon(waiter);
      throw interrupted(e, "Interrupted while waiting for a free connection");
    } catch (TimeoutException e) {
      ConcurrencyLimit.abandon(waiter);
      throw timeout(request);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("No connection slot", e.getCause());
    }
  }

  private static InterruptedIOException interrupted(InterruptedException e, String message) {
    Thread.currentThread().interrupt();
    InterruptedIOException interrupted = new InterruptedIOException(message);
    interrupted.initCause(e);
    return interrupted;
  }

  /** The maximum exchanges in flight at once. */
  @Override
  public int maxConcurrentRequests() {
    return slots.max();
  }

  @Override
  public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
    if (closed) {
      return CompletableFuture.failedFuture(new IOException("The transport is closed"));
    }
    long started = System.nanoTime();
    HttpRequest http;
    Deadlines.Deadline deadline;
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    try {
      http = http(request, request.timeout());
      deadline = deadlines().arm(request.timeout(), () -> result.completeExceptionally(timeout(request)));
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    AtomicReference<@Nullable CompletableFuture<?>> exchangeRef = new AtomicReference<>();
    CompletableFuture<ConcurrencyLimit.Permit> slot = slots.acquire();
    slot.thenAccept(
        permit -> {
          if (result.isDone()) {
            permit.release();
            return;
          }
          CompletableFuture<HttpResponse<byte[]>> exchange;
          try {
            HttpRequest timed =
                System.nanoTime() - started > 1_000_000
                    ? http(request, request.timeout().minusNanos(System.nanoTime() - started))
                    : http;
            long limit = request.maxResponseBytes();
            exchange = client.sendAsync(timed, info -> subscriber(limit, info));
          } catch (RuntimeException e) {
            permit.release();
            result.completeExceptionally(e);
            return;
          }
          exchangeRef.set(exchange);
          exchange.whenComplete(
              (response, failure) -> {
                permit.release();
                if (failure != null) {
                  Throwable cause = Failures.unwrap(failure);
                  ResponseTooLargeException tooLarge = tooLarge(cause);
                  result.completeExceptionally(tooLarge != null ? tooLarge : network(request, cause));
                  return;
                }
                try {
                  result.complete(checked(request, response));
                } catch (NetworkFailure | RuntimeException e) {
                  result.completeExceptionally(e);
                }
              });
          if (result.isDone()) {
            exchange.cancel(true);
          }
        });
    // Whatever ends the result first (the response, a failure, the deadline, the caller's
    // cancel) ends the exchange, or takes the request out of the queue for a slot.
    result.whenComplete(
        (response, failure) -> {
          deadline.cancel();
          if (failure != null) {
            ConcurrencyLimit.abandon(slot);
            CompletableFuture<?> exchange = exchangeRef.get();
            if (exchange != null) {
              exchange.cancel(true);
            }
          }
        });
    return result;
  }

  /** The proxy a request goes through, when this transport chose it; null otherwise. */
  private @Nullable ResolvedProxy proxyFor(TransportRequest request) {
    return proxies == null ? null : proxies.select(request.uri());
  }

  /** The response, unless it is the proxy's 407: the API never answers 407. */
  private TransportResponse checked(TransportRequest request, HttpResponse<byte[]> response)
      throws NetworkFailure {
    if (response.statusCode() == 407) {
      ResolvedProxy proxy = proxyFor(request);
      if (proxy != null) {
        throw NetworkFailure.proxyAuthentication(proxy, proxy.credentials() != null);
      }
    }
    return response(response);
  }

  /** A failure to reach the proxy, or the JDK giving up on its credentials, said so. */
  private Throwable network(TransportRequest request, Throwable failure) {
    ResolvedProxy proxy = proxyFor(request);
    if (proxy == null) {
      return failure;
    }
    if (failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException) {
      return NetworkFailure.proxyUnreachable(proxy, failure);
    }
    String message = failure.getMessage();
    if (failure instanceof IOException
        && message != null
        && message.contains("too many authentication attempts")) {
      return NetworkFailure.proxyAuthentication(proxy, proxy.credentials() != null);
    }
    return failure;
  }

  /** The {@link ResponseTooLargeException} in a failure's causes, or null. */
  private static @Nullable ResponseTooLargeException tooLarge(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResponseTooLargeException) {
        return (ResponseTooLargeException) cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /**
   * Stops the transport's deadline thread, and closes the client when this transport created it
   * and the JDK can close it (JDK 21+). Calls made after closing fail.
   */
  @Override
  public void close() {
    Deadlines started;
    synchronized (lock) {
      closed = true;
      started = deadlines;
    }
    if (started != null) {
      started.close();
    }
    if (ownsClient && client instanceof AutoCloseable) {
      try {
        ((AutoCloseable) client).close();
      } catch (Exception e) {
        // closing an HttpClient does not fail in practice; nothing to recover
      }
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[" + client.version() + "]";
  }

  /**
   * The subscriber of a body: one that fails before reading when the response announces more
   * than the limit.
   */
  private static BoundedSubscriber subscriber(long limit, HttpResponse.ResponseInfo info) {
    long declared = contentLength(info);
    BoundedSubscriber subscriber =
        new BoundedSubscriber(limit, declared, info.statusCode(), headers(info.headers()));
    if (declared > limit) {
      subscriber.fail(new ResponseTooLargeException(limit, info.statusCode(), subscriber.headers));
    }
    return subscriber;
  }

  private static HttpRequest http(TransportRequest request, Duration timeout) {
    HttpRequest.Builder http =
        HttpRequest.newBuilder(request.uri())
            .timeout(timeout.isNegative() || timeout.isZero() ? Duration.ofNanos(1) : timeout)
            .method(
                request.method().name(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach((name, value) -> header(http, name, value));
    return http.build();
  }

  private static long contentLength(HttpResponse.ResponseInfo info) {
    return info.headers().firstValueAsLong("content-length").orElse(-1);
  }

  /** The deadline thread, started by the first blocking call. */
  private Deadlines deadlines() throws IOException {
    Deadlines started = deadlines;
    if (started == null || closed) {
      synchronized (lock) {
        if (closed) {
          throw new IOException("The transport is closed");
        }
        started = deadlines;
        if (started == null) {
          started = new Deadlines("tripwire-jdk-deadlines");
          deadlines = started;
        }
      }
    }
    return started;
  }

  /**
   * Sets a header; the JDK's refusal (a restricted name, a character it does not send) is
   * reported without the value, which it would otherwise quote, credentials included.
   */
  private static void header(HttpRequest.Builder http, String name, String value) {
    try {
      http.header(name, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The JDK HTTP client refuses the header \""
              + name
              + "\": its name is restricted or its value has a character it does not send");
    }
  }

  private static TransportResponse response(HttpResponse<byte[]> response) {
    return TransportResponse.of(response.statusCode(), headers(response.headers()), response.body());
  }

  private static Headers headers(HttpHeaders received) {
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, List<String>> header : received.map().entrySet()) {
      if (header.getKey().startsWith(":")) {
        continue; // HTTP/2 pseudo-headers
      }
      for (String value : header.getValue()) {
        headers.add(header.getKey(), value);
      }
    }
    return headers.build();
  }

  private static HttpTimeoutException timeout(TransportRequest request) {
    return new HttpTimeoutException("No complete response within " + request.timeout().toMillis() + " ms");
  }

  /**
   * Collects the body up to a limit; cancels the stream as soon as the limit is passed, or when
   * its deadline passes first.
   */
  private static final class BoundedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final BoundedBuffer buffer;
    private final int status;
    private final Headers headers;
    private volatile Flow.@Nullable Subscription subscription;
    private volatile Deadlines.@Nullable Deadline deadline;

    BoundedSubscriber(long limit, long expectedSize, int status, Headers headers) {
      this.buffer = new BoundedBuffer(limit, expectedSize);
      this.status = status;
      this.headers = headers;
    }

    /** Fails the body with a timeout when {@code remaining} passes before its end. */
    BoundedSubscriber withDeadline(Deadlines deadlines, Duration remaining, TransportRequest request) {
      deadline = deadlines.arm(remaining, () -> fail(timeout(request)));
      return this;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (result.isDone()) {
        subscription.cancel();
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      try {
        for (ByteBuffer item : items) {
          buffer.append(item);
        }
      } catch (ResponseTooLargeException e) {
        fail(e.withResponse(status, headers));
      }
    }

    @Override
    public void onError(Throwable failure) {
      disarm();
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      disarm();
      if (!result.isDone()) {
        result.complete(buffer.toByteArray());
      }
    }

    /** Ends the body with a failure and stops the stream; the first outcome wins. */
    private void fail(IOException failure) {
      disarm();
      if (result.completeExceptionally(failure)) {
        Flow.Subscription current = subscription;
        if (current != null) {
          current.cancel();
        }
      }
    }

    private void disarm() {
      if (deadline != null) {
        deadline.cancel();
      }
    }
  }

  /** Builds {@link JdkHttpTransport}s. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private int maxConnections = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private boolean http2;
    private @Nullable Executor executor;
    private NetworkSettings network = NetworkSettings.defaults();

    private Builder() {}

    /**
     * Sets the proxy, the hosts that bypass it, the TLS trust material, the client certificate
     * and the TLS versions; {@link NetworkSettings#defaults()} (the JVM's proxy system properties
     * and default trust, TLS 1.3 and 1.2) when not set. {@link #build()} refuses what the JDK
     * client cannot do: a proxy reached over TLS, and proxy credentials while the JVM keeps Basic
     * in {@code jdk.http.auth.tunneling.disabledSchemes} (see {@link JdkHttpTransport}).
     *
     * @param network the settings
     * @return this builder
     */
    public Builder network(NetworkSettings network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /**
     * Sets how long opening a connection may take.
     *
     * @param connectTimeout a positive duration; 10 s by default
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      if (connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout must be positive");
      }
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * Sets the bound: the most exchanges in flight at once, and so, on HTTP/1.1, the most
     * connections open. Requests beyond it wait in a queue, without a thread each, within their
     * deadline.
     *
     * @param maxConnections at least 1; 50 by default
     * @return this builder
     */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = checkMax(maxConnections);
      return this;
    }

    /**
     * Sets whether to negotiate HTTP/2 on HTTPS connections.
     *
     * @param http2 true for HTTP/2; HTTP/1.1 by default
     * @return this builder
     */
    public Builder http2(boolean http2) {
      this.http2 = http2;
      return this;
    }

    /**
     * Sets the executor the client runs its work on; the JDK's default pool when not set.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return a new transport
     * @throws IllegalArgumentException when the network settings ask for what the JDK client
     *     cannot do (the message says what, and what to do instead), a proxy environment variable
     *     is not a proxy URL, or the key material cannot be used
     */
    public JdkHttpTransport build() {
      ProxyResolver proxies = ProxyResolver.of(network);
      if (proxies.mayUseHttpsProxy()) {
        throw new IllegalArgumentException(
            "A proxy reached over TLS (https://) is not supported: the JDK HTTP client talks to"
                + " proxies in plain HTTP only. Reach the proxy with http:// (https to the API is"
                + " still encrypted end to end through its CONNECT tunnel)");
      }
      if (proxies.hasCredentials() && basicTunnelingDisabled()) {
        throw new IllegalArgumentException(
            "The JDK HTTP client does not send Basic proxy credentials when it tunnels https"
                + " through a proxy: the JVM-wide property jdk.http.auth.tunneling.disabledSchemes"
                + " is \"Basic\" by default, and the JDK reads it once. Use the"
                + " ApacheHttpTransport (the default) for proxy credentials, or start the JVM with"
                + " -Djdk.http.auth.tunneling.disabledSchemes= (which allows it for every JDK HTTP"
                + " client in the JVM)");
      }
      javax.net.ssl.SSLContext sslContext = TlsSetup.context(network);
      HttpClient.Builder client =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .version(http2 ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
              .sslContext(sslContext)
              .sslParameters(TlsSetup.parameters(sslContext, network));
      if (!proxies.followsSystemProperties() || !network.nonProxyHosts().isEmpty()) {
        client.proxy(new Selector(proxies));
      }
      if (proxies.hasCredentials()) {
        client.authenticator(new ProxyAuthenticator(proxies));
      }
      if (executor != null) {
        client.executor(executor);
      }
      return new JdkHttpTransport(client.build(), true, maxConnections, proxies);
    }

    /**
     * Whether the JDK leaves Basic out of the schemes it answers a proxy with on a {@code
     * CONNECT}: unless the property is set without Basic, the JDK's default ({@code Basic}) holds.
     */
    private static boolean basicTunnelingDisabled() {
      String disabled = System.getProperty("jdk.http.auth.tunneling.disabledSchemes");
      if (disabled == null) {
        return true;
      }
      for (String scheme : disabled.split(",")) {
        if (scheme.trim().equalsIgnoreCase("Basic")) {
          return true;
        }
      }
      return false;
    }
  }

  /** The JDK client's view of the proxy the settings choose for each URL. */
  private static final class Selector extends ProxySelector {
    private final ProxyResolver proxies;

    Selector(ProxyResolver proxies) {
      this.proxies = proxies;
    }

    @Override
    public List<Proxy> select(URI uri) {
      ResolvedProxy proxy = proxies.select(uri);
      if (proxy == null) {
        return List.of(Proxy.NO_PROXY);
      }
      return List.of(
          new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // nothing to fall back to: the failure reaches the caller
    }
  }

  /**
   * Answers a proxy's request for credentials, and only a proxy's: the API never gets the
   * proxy's credentials.
   */
  private static final class ProxyAuthenticator extends Authenticator {
    private final ProxyResolver proxies;

    ProxyAuthenticator(ProxyResolver proxies) {
      this.proxies = proxies;
    }

    @Override
    protected @Nullable PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.PROXY || getRequestingURL() == null) {
        return null;
      }
      ResolvedProxy proxy;
      try {
        proxy = proxies.select(getRequestingURL().toURI());
      } catch (URISyntaxException e) {
        return null;
      }
      if (proxy == null
          || proxy.credentials() == null
          || !proxy.host().equalsIgnoreCase(getRequestingHost())
          || proxy.port() != getRequestingPort()) {
        return null;
      }
      NetworkSettings.ProxyCredentials credentials = proxy.credentials();
      return new PasswordAuthentication(
          credentials.username(), credentials.password().reveal().toCharArray());
    }
  }
}
