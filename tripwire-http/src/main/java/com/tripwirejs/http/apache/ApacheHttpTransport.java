package com.tripwirejs.http.apache;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.internal.BoundedBuffer;
import com.tripwirejs.http.internal.Deadlines;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The default transport, on Apache HttpClient 5: blocking calls use a pooled classic client,
 * non-blocking calls a pooled async client started on first use. Redirects, automatic retries and
 * cookies are off (the SDK does its own retries); responses may be gzip-compressed.
 *
 * <p>The deadline of each request ({@link TransportRequest#timeout()}) covers the whole exchange:
 * a server that drips its answer byte by byte is cut off when it passes, not only when it pauses.
 */
public final class ApacheHttpTransport implements HttpTransport {

  private final Duration connectTimeout;
  private final int maxConnections;
  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;
  private final Deadlines deadlines;
  private final Object asyncLock = new Object();
  private @Nullable PoolingAsyncClientConnectionManager asyncPool;
  private @Nullable CloseableHttpAsyncClient asyncClient;
  private volatile boolean closed;

  private ApacheHttpTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.maxConnections = builder.maxConnections;
    this.pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(maxConnections)
            .setMaxConnPerRoute(maxConnections)
            .setDefaultConnectionConfig(connectionConfig())
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(pool)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableDefaultUserAgent()
            .disableAuthCaching()
            .useSystemProperties()
            .build();
    this.deadlines = new Deadlines("tripwire-apache-deadlines");
  }

  /**
   * A transport with the default settings: 50 pooled connections, 10 s connect timeout.
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

  @Override
  public TransportResponse execute(TransportRequest request) throws IOException {
    ensureOpen();
    HttpUriRequestBase http = new HttpUriRequestBase(request.method().name(), request.uri());
    request.headers().forEach(http::addHeader);
    if (request.body() != null) {
      http.setEntity(new ByteArrayEntity(request.body(), null));
    }
    http.setConfig(requestConfig(request.timeout()));
    Deadlines.Deadline deadline = deadlines.arm(request.timeout(), http::cancel);
    try {
      return client.execute(http, response -> read(response, request.maxResponseBytes()));
    } catch (IOException | RuntimeException e) {
      if (deadline.expired()) {
        SocketTimeoutException timeout =
            new SocketTimeoutException("No complete response within " + request.timeout().toMillis() + " ms");
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    } finally {
      deadline.cancel();
    }
  }

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
      Future<TransportResponse> exchange =
          asyncClient()
              .execute(
                  producer,
                  new BoundedResponseConsumer(request.maxResponseBytes()),
                  context,
                  new FutureCallback<>() {
                    @Override
                    public void completed(TransportResponse response) {
                      result.complete(response);
                    }

                    @Override
                    public void failed(Exception e) {
                      result.completeExceptionally(e);
                    }

                    @Override
                    public void cancelled() {
                      result.cancel(false);
                    }
                  });
      long timeoutNanos = request.timeout().toNanos();
      return result
          .orTimeout(timeoutNanos, TimeUnit.NANOSECONDS)
          .exceptionallyCompose(
              failure -> {
                if (failure instanceof TimeoutException) {
                  exchange.cancel(true);
                  SocketTimeoutException timeout =
                      new SocketTimeoutException(
                          "No complete response within " + request.timeout().toMillis() + " ms");
                  return CompletableFuture.failedFuture(timeout);
                }
                return CompletableFuture.failedFuture(failure);
              });
    } catch (IOException | RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
  }

  /**
   * The state of the pooled connections, of blocking and non-blocking calls together.
   *
   * @return a snapshot of the pools
   */
  public PoolStatistics poolStatistics() {
    PoolStats blocking = pool.getTotalStats();
    int leased = blocking.getLeased();
    int available = blocking.getAvailable();
    int pending = blocking.getPending();
    int max = blocking.getMax();
    synchronized (asyncLock) {
      if (asyncPool != null) {
        PoolStats nonBlocking = asyncPool.getTotalStats();
        leased += nonBlocking.getLeased();
        available += nonBlocking.getAvailable();
        pending += nonBlocking.getPending();
        max += nonBlocking.getMax();
      }
    }
    return new PoolStatistics(leased, available, pending, max);
  }

  /** Closes both clients and their connections. */
  @Override
  public void close() {
    closed = true;
    deadlines.close();
    client.close(CloseMode.GRACEFUL);
    synchronized (asyncLock) {
      if (asyncClient != null) {
        asyncClient.close(CloseMode.GRACEFUL);
      }
    }
  }

  @Override
  public String toString() {
    return "ApacheHttpTransport[maxConnections=" + maxConnections + ", connectTimeout=" + connectTimeout + "]";
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

  private CloseableHttpAsyncClient asyncClient() throws IOException {
    synchronized (asyncLock) {
      ensureOpen();
      if (asyncClient == null) {
        asyncPool =
            PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(connectionConfig())
                .build();
        CloseableHttpAsyncClient created =
            HttpAsyncClients.custom()
                .setConnectionManager(asyncPool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .useSystemProperties()
                .build();
        created.start();
        asyncClient = created;
      }
      return asyncClient;
    }
  }

  private static TransportResponse read(ClassicHttpResponse response, long limit) throws IOException {
    HttpEntity entity = response.getEntity();
    byte[] body;
    if (entity == null) {
      body = new byte[0];
    } else {
      BoundedBuffer buffer = new BoundedBuffer(limit, entity.getContentLength());
      try (InputStream in = entity.getContent()) {
        buffer.readAll(in);
      }
      body = buffer.toByteArray();
    }
    return TransportResponse.of(response.getCode(), headers(response), body);
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
    private int maxConnections = 50;

    private Builder() {}

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
     * Sets the pool size: the most connections open at once for blocking calls (and as many for
     * non-blocking calls).
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
     */
    public ApacheHttpTransport build() {
      return new ApacheHttpTransport(this);
    }
  }
}
