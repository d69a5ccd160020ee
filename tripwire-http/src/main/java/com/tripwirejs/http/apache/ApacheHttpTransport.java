package com.tripwirejs.http.apache;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.internal.Deadlines;
import com.tripwirejs.http.internal.NetworkFailure;
import com.tripwirejs.http.internal.ProxyResolver;
import com.tripwirejs.http.internal.ResolvedProxy;
import com.tripwirejs.http.internal.TlsSetup;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.Credentials;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.SystemDefaultCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The default transport, on Apache HttpClient 5: one pool of at most {@link
 * Builder#maxConnections(int) maxConnections} connections (50 by default), served by the
 * non-blocking client, which blocking calls use too (they wait for their response
 * interruptibly). Redirects, automatic retries and cookies are off (the SDK does its own
 * retries).
 *
 * <p>The deadline of each request ({@link TransportRequest#timeout()}) covers the whole exchange:
 * a server that drips its answer byte by byte is cut off when it passes, not only when it pauses.
 * Cancelling the future of {@link #executeAsync}, or interrupting a thread blocked in {@link
 * #execute}, aborts the exchange and closes its connection at once. A response body over {@link
 * TransportRequest#maxResponseBytes()} is refused before reading when its {@code Content-Length}
 * announces it, and cut off as soon as the limit is passed otherwise, never drained.
 *
 * <p>Proxy, TLS trust, client certificate and TLS versions come from {@link
 * Builder#network(NetworkSettings)}: this transport honours its settings, including proxy
 * credentials for https URLs (answered to the proxy's {@code 407} on {@code CONNECT}), but not a
 * proxy reached over TLS ({@link NetworkSettings.ProxyScheme#HTTPS}), which it refuses when
 * built. The host name of the server is always verified. A proxy that refuses the
 * credentials, a proxy that cannot be reached, an untrusted server certificate and a refused client
 * certificate each fail the call with a {@link
 * com.tripwirejs.http.error.TripwireNetworkException} that says which.
 */
public final class ApacheHttpTransport implements HttpTransport {

  private final Duration connectTimeout;
  private final int maxConnections;
  private final Deadlines deadlines;
  private final NetworkSettings network;
  private final ProxyResolver proxies;
  private final javax.net.ssl.SSLContext sslContext;
  private final Object lock = new Object();
  private @Nullable PoolingAsyncClientConnectionManager pool;
  private @Nullable CloseableHttpAsyncClient client;
  private volatile boolean closed;

  private ApacheHttpTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.maxConnections = builder.maxConnections;
    this.network = builder.network;
    this.proxies = ProxyResolver.of(builder.network);
    this.sslContext = TlsSetup.context(builder.network);
    this.deadlines = new Deadlines("tripwire-apache-deadlines");
  }

  /**
   * A transport with the default settings: at most 50 connections, 10 s connect timeout.
   *
   * @return a new transport; close it when done
   */
  public static ApacheHttpTransport create() {
    return builder().build();
  }

  /**
   * A builder of transports.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends the request on the pooled non-blocking client and waits for the response. An interrupt
   * of the waiting thread aborts the exchange and throws an {@link InterruptedIOException}, with
   * the interrupt status kept.
   */
  @Override
  public TransportResponse execute(TransportRequest request) throws IOException {
    CompletableFuture<TransportResponse> exchange = executeAsync(request, Runnable::run);
    try {
      return exchange.get();
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("Interrupted while waiting for the response");
      interrupted.initCause(e);
      throw interrupted;
    } catch (CancellationException e) {
      throw new IOException("The exchange was cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
    }
  }

  /**
   * Sends the request without blocking. Cancelling the returned future, or completing it in any
   * other way before the response, aborts the exchange and closes its connection.
   */
  @Override
  public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    try {
      ensureOpen();
      AsyncRequestBuilder builder =
          AsyncRequestBuilder.create(request.method().name()).setUri(request.uri());
      request.headers().forEach(builder::addHeader);
      if (request.body() != null) {
        builder.setEntity(AsyncEntityProducers.create(request.body(), ContentType.APPLICATION_JSON));
      }
      AsyncRequestProducer producer = builder.build();
      HttpClientContext context = HttpClientContext.create();
      context.setRequestConfig(requestConfig(request.timeout()));
      Abort abort = new Abort();
      context.setAttribute(Abort.ATTRIBUTE, abort);
      Deadlines.Deadline deadline =
          deadlines.arm(
              request.timeout(),
              () ->
                  result.completeExceptionally(
                      new SocketTimeoutException(
                          "No complete response within " + request.timeout().toMillis() + " ms")));
      BoundedResponseConsumer consumer = new BoundedResponseConsumer(request.maxResponseBytes());
      Future<TransportResponse> exchange =
          client()
              .execute(
                  producer,
                  consumer,
                  context,
                  new FutureCallback<>() {
                    @Override
                    public void completed(TransportResponse response) {
                      ResolvedProxy proxy = proxyOf(context);
                      if (response.status() == 407 && proxy != null) {
                        // The proxy refused the tunnel (or the request) for want of credentials.
                        result.completeExceptionally(
                            NetworkFailure.proxyAuthentication(proxy, proxy.credentials() != null));
                        return;
                      }
                      result.complete(response);
                    }

                    @Override
                    public void failed(Exception e) {
                      ResolvedProxy proxy = proxyOf(context);
                      if (proxy != null
                          && (e instanceof ConnectException
                              || e instanceof UnknownHostException
                              || e instanceof NoRouteToHostException)) {
                        result.completeExceptionally(NetworkFailure.proxyUnreachable(proxy, e));
                        return;
                      }
                      result.completeExceptionally(e);
                    }

                    @Override
                    public void cancelled() {
                      result.completeExceptionally(new IOException("The exchange was cancelled"));
                    }
                  });
      // Whatever ends the future first (the response, a failure, the deadline, the caller's
      // cancel) ends the exchange: anything but the response aborts it and closes its connection.
      result.whenComplete(
          (response, failure) -> {
            deadline.cancel();
            if (failure != null) {
              consumer.abandon();
              abort.abort();
              exchange.cancel(true);
            }
          });
    } catch (IOException | RuntimeException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  /**
   * The means to abort one exchange for certain: cancelling its future does not always reach an
   * exchange whose request is on the wire (HttpClient hands the cancel on to the step the exchange
   * is in, and one moving to its next step at that moment misses it: about one cancel in twenty on
   * loopback), so the transport also keeps the exchange's runtime, as the last step of the
   * execution chain sees it, and discards its connection: closed at once, its lease returned.
   */
  static final class Abort {
    static final String ATTRIBUTE = "com.tripwirejs.http.apache.abort";

    private volatile @Nullable AsyncExecRuntime runtime;
    private volatile boolean aborted;

    void attach(AsyncExecRuntime attached) {
      runtime = attached;
      if (aborted) {
        attached.discardEndpoint();
      }
    }

    void abort() {
      aborted = true;
      AsyncExecRuntime attached = runtime;
      if (attached != null) {
        attached.discardEndpoint();
      }
    }
  }

  /** The context attribute holding the proxy the route planner chose for the exchange. */
  private static final String PROXY_ATTRIBUTE = "com.tripwirejs.http.apache.proxy";

  private static @Nullable ResolvedProxy proxyOf(HttpContext context) {
    Object proxy = context.getAttribute(PROXY_ATTRIBUTE);
    return proxy instanceof ResolvedProxy ? (ResolvedProxy) proxy : null;
  }

  /** Routes each exchange through the proxy the settings choose for its URL, or directly. */
  private static final class RoutePlanner extends DefaultRoutePlanner {
    private final ProxyResolver proxies;

    RoutePlanner(ProxyResolver proxies) {
      super(DefaultSchemePortResolver.INSTANCE);
      this.proxies = proxies;
    }

    @Override
    protected @Nullable HttpHost determineProxy(HttpHost target, HttpContext context) {
      URI uri;
      try {
        uri = new URI(target.getSchemeName(), null, target.getHostName(), target.getPort(), null, null, null);
      } catch (java.net.URISyntaxException e) {
        return null;
      }
      ResolvedProxy proxy = proxies.select(uri);
      context.setAttribute(PROXY_ATTRIBUTE, proxy);
      if (proxy == null) {
        return null;
      }
      return new HttpHost(
          proxy.scheme() == NetworkSettings.ProxyScheme.HTTPS ? "https" : "http",
          proxy.host(),
          proxy.port());
    }
  }

  /**
   * Answers a proxy's request for credentials with those of the proxy the exchange goes through,
   * and nothing else: the API never gets the proxy's credentials. Without credentials in the
   * settings, and with the proxy from the system properties, the JVM's (as before: {@code
   * http.proxyUser} and the default {@link java.net.Authenticator}).
   */
  private static final class ProxyCredentialsProvider implements CredentialsProvider {
    private final @Nullable CredentialsProvider system;

    ProxyCredentialsProvider(@Nullable CredentialsProvider system) {
      this.system = system;
    }

    @Override
    public @Nullable Credentials getCredentials(AuthScope scope, @Nullable HttpContext context) {
      ResolvedProxy proxy = context == null ? null : proxyOf(context);
      if (proxy == null
          || !proxy.host().equalsIgnoreCase(scope.getHost())
          || proxy.port() != scope.getPort()) {
        return null;
      }
      NetworkSettings.ProxyCredentials credentials = proxy.credentials();
      if (credentials != null) {
        return new UsernamePasswordCredentials(
            credentials.username(), credentials.password().reveal().toCharArray());
      }
      return system == null ? null : system.getCredentials(scope, context);
    }
  }

  /** The step of the execution chain that hands each exchange's runtime to its {@link Abort}. */
  private static final AsyncExecChainHandler ATTACH_ABORT =
      (request, entityProducer, scope, chain, callback) -> {
        Object abort = scope.clientContext.getAttribute(Abort.ATTRIBUTE);
        if (abort instanceof Abort) {
          ((Abort) abort).attach(scope.execRuntime);
        }
        chain.proceed(request, entityProducer, scope, callback);
      };

  /** The most connections the transport opens, and so the most requests in flight at once. */
  @Override
  public int maxConcurrentRequests() {
    return maxConnections;
  }

  /**
   * The state of the pooled connections.
   *
   * @return a snapshot of the pool
   */
  public PoolStatistics poolStatistics() {
    synchronized (lock) {
      if (pool == null) {
        return new PoolStatistics(0, 0, 0, maxConnections);
      }
      PoolStats stats = pool.getTotalStats();
      return new PoolStatistics(
          stats.getLeased(), stats.getAvailable(), stats.getPending(), stats.getMax());
    }
  }

  /** Closes the client and its connections; calls still running fail. */
  @Override
  public void close() {
    closed = true;
    deadlines.close();
    synchronized (lock) {
      if (client != null) {
        client.close(CloseMode.GRACEFUL);
      }
    }
  }

  @Override
  public String toString() {
    return "ApacheHttpTransport[maxConnections="
        + maxConnections
        + ", connectTimeout="
        + connectTimeout
        + ", network="
        + network
        + "]";
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("The transport is closed");
    }
  }

  private ConnectionConfig connectionConfig() {
    return ConnectionConfig.custom()
        .setConnectTimeout(Timeout.of(connectTimeout))
        .setValidateAfterInactivity(Timeout.ofSeconds(2))
        .setTimeToLive(Timeout.ofMinutes(5))
        .build();
  }

  private static RequestConfig requestConfig(Duration timeout) {
    Timeout deadline = Timeout.of(timeout);
    return RequestConfig.custom()
        .setConnectionRequestTimeout(deadline)
        .setResponseTimeout(deadline)
        .setRedirectsEnabled(false)
        .setProtocolUpgradeEnabled(false)
        .build();
  }

  /** The non-blocking client, started on first use. */
  private CloseableHttpAsyncClient client() throws IOException {
    synchronized (lock) {
      ensureOpen();
      if (client == null) {
        pool =
            PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(connectionConfig())
                .setTlsStrategy(
                    ClientTlsStrategyBuilder.create()
                        .setSslContext(sslContext)
                        .setTlsVersions(TlsSetup.versions(network))
                        .buildAsync())
                .build();
        CloseableHttpAsyncClient created =
            HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .useSystemProperties()
                .setRoutePlanner(new RoutePlanner(proxies))
                .setDefaultCredentialsProvider(
                    new ProxyCredentialsProvider(
                        proxies.followsSystemProperties()
                            ? new SystemDefaultCredentialsProvider()
                            : null))
                .addExecInterceptorLast("tripwire-abort", ATTACH_ABORT)
                .build();
        created.start();
        client = created;
      }
      return client;
    }
  }

  static Headers headers(HttpResponse response) {
    Headers.Builder headers = Headers.builder();
    for (Header header : response.getHeaders()) {
      headers.add(header.getName(), header.getValue() == null ? "" : header.getValue());
    }
    return headers.build();
  }

  /** Builds {@link ApacheHttpTransport}s. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private int maxConnections = HttpTransport.DEFAULT_MAX_CONCURRENT_REQUESTS;
    private NetworkSettings network = NetworkSettings.defaults();

    private Builder() {}

    /**
     * Sets the proxy, the hosts that bypass it, the TLS trust material, the client certificate
     * and the TLS versions; {@link NetworkSettings#defaults()} (the JVM's proxy system properties
     * and default trust, TLS 1.3 and 1.2) when not set. {@link #build()} refuses a proxy
     * reached over TLS ({@link NetworkSettings.ProxyScheme#HTTPS}).
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
     * Sets the bound: the most connections open at once, blocking and non-blocking calls
     * together, and so the most requests in flight. Calls beyond it wait in a queue, without a
     * thread each, within their timeout.
     *
     * @param maxConnections at least 1; 50 by default
     * @return this builder
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1");
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return a new transport; close it when done
     * @throws IllegalArgumentException when a proxy environment variable is not a proxy URL, the
     *     proxy is to be reached over TLS, or the key material of the network settings cannot be
     *     used
     */
    public ApacheHttpTransport build() {
      if (ProxyResolver.of(network).mayUseHttpsProxy()) {
        throw new IllegalArgumentException(
            "A proxy reached over TLS (https://) is not supported: Apache HttpClient's non-blocking"
                + " client cannot open TLS to the server inside TLS to the proxy. Reach the proxy with"
                + " http:// (https to the API is still encrypted end to end through its CONNECT"
                + " tunnel)");
      }
      return new ApacheHttpTransport(this);
    }
  }
}
