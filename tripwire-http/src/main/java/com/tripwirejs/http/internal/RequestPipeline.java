package com.tripwirejs.http.internal;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs API calls over a transport: builds the URI and headers, authenticates, applies timeouts,
 * retries what the policy allows, informs listeners, logs, and turns error statuses and transport
 * failures into the SDK's exceptions. Thread-safe; one per client.
 */
public final class RequestPipeline implements AutoCloseable {

  private static final String USER_AGENT =
      SdkVersion.CLIENT
          + " (Java "
          + System.getProperty("java.version", "unknown")
          + "; "
          + System.getProperty("os.name", "unknown")
          + ")";

  /**
   * The header naming the SDK, sent on every request: always the current generation's, whichever
   * host the client calls.
   */
  private static final String CLIENT_HEADER = ServiceGeneration.CURRENT.clientHeader();

  /** How to give the key through the environment, naming every variable in the order read. */
  private static final String SET_SECRET_KEY_VARIABLE = setSecretKeyVariable();

  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final String baseUrl;
  private final @Nullable Secret secretKey;
  private final Duration timeout;
  private final Duration responseTimeout;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final List<RequestListener> listeners;
  private final Clock clock;
  private final @Nullable Executor userExecutor;
  private final PipelineLog log = new PipelineLog();
  private final Object executorLock = new Object();
  private @Nullable ExecutorService ownExecutor;
  private volatile boolean closed;

  /**
   * The headers of a call authenticated with the secret key, without and with a JSON body, when
   * the call adds none of its own: the same for every such call, so built once, on first use.
   */
  private volatile @Nullable Headers secretKeyHeaders;

  private volatile @Nullable Headers secretKeyJsonHeaders;

  private RequestPipeline(Builder builder) {
    this.transport = Objects.requireNonNull(builder.transport, "transport");
    this.ownsTransport = builder.ownsTransport;
    this.baseUrl = Uris.normalizeBase(Objects.requireNonNull(builder.baseUrl, "baseUrl"));
    this.secretKey = builder.secretKey;
    this.timeout = builder.timeout;
    this.responseTimeout = builder.responseTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.retryPolicy = builder.retryPolicy;
    this.listeners = List.copyOf(builder.listeners);
    this.clock = builder.clock;
    this.userExecutor = builder.executor;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL requests go to, without trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Runs a call and waits for its successful response.
   *
   * @return the 2xx response
   * @throws TripwireException for an error status, a transport failure, a timeout or missing
   *     credentials
   */
  public TransportResponse send(ApiCall call, RequestOptions options) {
    CallExecution execution = start(call, options);
    while (true) {
      TransportRequest request = execution.nextRequest();
      CallExecution.Step step;
      try {
        step = execution.complete(transport.execute(request), null);
      } catch (IOException | RuntimeException e) {
        step = execution.complete(null, e);
      }
      if (step instanceof CallExecution.Done) {
        return ((CallExecution.Done) step).response();
      }
      if (step instanceof CallExecution.Fail) {
        throw ((CallExecution.Fail) step).failure();
      }
      sleep(((CallExecution.Retry) step).delay(), execution);
      if (closed) {
        throw closedWhileRetrying(execution);
      }
    }
  }

  /**
   * Runs a call without blocking.
   *
   * @return the 2xx response, or a future failed with a {@link TripwireException}
   */
  public CompletableFuture<TransportResponse> sendAsync(ApiCall call, RequestOptions options) {
    CallExecution execution;
    try {
      execution = start(call, options);
    } catch (TripwireException e) {
      return CompletableFuture.failedFuture(e);
    }
    return attemptAsync(execution);
  }

  private CompletableFuture<TransportResponse> attemptAsync(CallExecution execution) {
    TransportRequest request;
    try {
      request = execution.nextRequest();
    } catch (TripwireException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<TransportResponse> sent;
    try {
      sent = transport.executeAsync(request, executor());
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle(execution::complete)
        .thenCompose(
            step -> {
              if (step instanceof CallExecution.Done) {
                return CompletableFuture.completedFuture(((CallExecution.Done) step).response());
              }
              if (step instanceof CallExecution.Fail) {
                return CompletableFuture.failedFuture(((CallExecution.Fail) step).failure());
              }
              return retryLater(execution, ((CallExecution.Retry) step).delay());
            });
  }

  /**
   * The next attempt after {@code delay}, started on the client's executor. A closed client or an
   * executor that refuses the task ends the call with the last failure: the future always
   * completes.
   */
  private CompletableFuture<TransportResponse> retryLater(CallExecution execution, Duration delay) {
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    Runnable attempt =
        () -> {
          try {
            attemptAsync(execution)
                .whenComplete(
                    (response, failure) -> {
                      if (failure != null) {
                        result.completeExceptionally(Failures.unwrap(failure));
                      } else {
                        result.complete(response);
                      }
                    });
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        };
    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
        .execute(
            () -> {
              if (closed) {
                result.completeExceptionally(closedWhileRetrying(execution));
                return;
              }
              try {
                executor().execute(attempt);
              } catch (RuntimeException e) {
                TripwireException failure = lastFailureOr(execution, e);
                failure.addSuppressed(e);
                result.completeExceptionally(failure);
              }
            });
    return result;
  }

  private static TripwireException closedWhileRetrying(CallExecution execution) {
    IllegalStateException whileWaiting =
        new IllegalStateException("The client was closed while the call waited to retry");
    TripwireException failure = lastFailureOr(execution, whileWaiting);
    failure.addSuppressed(whileWaiting);
    return failure;
  }

  private static TripwireException lastFailureOr(CallExecution execution, RuntimeException cause) {
    TripwireException failure = execution.lastFailure();
    return failure != null ? failure : Failures.classify(cause, Duration.ZERO);
  }

  private CallExecution start(ApiCall call, RequestOptions options) {
    if (closed) {
      throw new IllegalStateException("The Tripwire client is closed; create a new one to make calls");
    }
    URI uri = Uris.build(baseUrl, call.pathTemplate(), call.pathValues(), withExtraQuery(call, options));
    Headers headers = headers(call, options);
    Duration overall = options.timeout() != null ? options.timeout() : timeout;
    return new CallExecution(
        call,
        uri,
        headers,
        overall,
        responseTimeout,
        maxResponseBytes,
        retryPolicy,
        listeners,
        log,
        clock);
  }

  private static List<java.util.Map.Entry<String, String>> withExtraQuery(
      ApiCall call, RequestOptions options) {
    if (options.queryParameters().isEmpty()) {
      return call.query();
    }
    List<java.util.Map.Entry<String, String>> query = new java.util.ArrayList<>(call.query());
    query.addAll(options.queryParameters());
    return query;
  }

  private Headers headers(ApiCall call, RequestOptions options) {
    if (call.auth().kind() != Auth.Kind.SECRET_KEY || !options.headers().isEmpty()) {
      return buildHeaders(call, options);
    }
    boolean json = call.body() != null;
    Headers common = json ? secretKeyJsonHeaders : secretKeyHeaders;
    if (common == null) {
      common = buildHeaders(call, options);
      if (json) {
        secretKeyJsonHeaders = common;
      } else {
        secretKeyHeaders = common;
      }
    }
    return common;
  }

  private Headers buildHeaders(ApiCall call, RequestOptions options) {
    Headers.Builder headers =
        Headers.builder()
            .set("Accept", "application/json")
            .set("User-Agent", USER_AGENT)
            .set(CLIENT_HEADER, SdkVersion.CLIENT);
    if (call.body() != null) {
      headers.set("Content-Type", "application/json");
    }
    headers.setAll(options.headers());
    switch (call.auth().kind()) {
      case SECRET_KEY:
        if (secretKey == null) {
          throw new TripwireConfigurationException(
              "No "
                  + ServiceGeneration.CURRENT.serviceName()
                  + " secret key: "
                  + call.operation()
                  + " needs one. Pass it with TripwireClient.builder().secretKey(\"sk_...\")"
                  + SET_SECRET_KEY_VARIABLE);
        }
        headers.set("Authorization", "Bearer " + headerSafe(secretKey, "The secret key"));
        break;
      case BEARER_TOKEN:
        Secret token = call.auth().token();
        if (token == null || token.reveal().isBlank()) {
          throw new TripwireConfigurationException(
              "No "
                  + call.auth().tokenName()
                  + ": "
                  + call.operation()
                  + " authenticates with it instead of the secret key; pass it to the call.");
        }
        headers.set(
            "Authorization", "Bearer " + headerSafe(token, "The " + call.auth().tokenName()));
        break;
      default:
        headers.remove("Authorization");
        break;
    }
    return headers.build();
  }

  private static String setSecretKeyVariable() {
    String first = ServiceGeneration.ACCEPTED.get(0).secretKeyVariable();
    StringBuilder text =
        new StringBuilder(" or set the ").append(first).append(" environment variable");
    List<ServiceGeneration> fallbacks =
        ServiceGeneration.ACCEPTED.subList(1, ServiceGeneration.ACCEPTED.size());
    for (ServiceGeneration fallback : fallbacks) {
      text.append(" (")
          .append(fallback.secretKeyVariable())
          .append(" is read when ")
          .append(first)
          .append(" is unset or blank)");
    }
    return text.append('.').toString();
  }

  /**
   * The value of a credential, checked to be visible ASCII: anything else (a line break or space
   * copied along, a typographic character) cannot be sent as a bearer token, and transports
   * report such header values in exception messages, which must never carry a secret.
   */
  private static String headerSafe(Secret credential, String what) {
    String value = credential.reveal();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new TripwireConfigurationException(
            what
                + " has a character an HTTP header cannot carry (whitespace, a control character or"
                + " a non-ASCII character at position "
                + (i + 1)
                + " of "
                + value.length()
                + "); check that it was copied whole, without quotes or line breaks.");
      }
    }
    return value;
  }

  private static void sleep(Duration delay, CallExecution execution) {
    try {
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      TripwireException failure = execution.lastFailure();
      if (failure == null) {
        throw new IllegalStateException("Interrupted before the first attempt", e);
      }
      failure.addSuppressed(e);
      throw failure;
    }
  }

  /** Where blocking work of transports without non-blocking I/O, and retry delays, run. */
  private Executor executor() {
    if (userExecutor != null) {
      return userExecutor;
    }
    synchronized (executorLock) {
      if (ownExecutor == null) {
        ownExecutor = Executors.newCachedThreadPool(new DaemonThreads());
      }
      return ownExecutor;
    }
  }

  /**
   * Closes the transport if the pipeline created it, and the pipeline's own threads. Calls started
   * afterwards fail with an {@link IllegalStateException}; calls waiting to retry end with their
   * last failure.
   */
  @Override
  public void close() {
    closed = true;
    synchronized (executorLock) {
      if (ownExecutor != null) {
        ownExecutor.shutdown();
      }
    }
    if (ownsTransport) {
      transport.close();
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "tripwire-async-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** Builds {@link RequestPipeline}s. */
  public static final class Builder {
    private @Nullable HttpTransport transport;
    private boolean ownsTransport;
    private @Nullable String baseUrl;
    private @Nullable Secret secretKey;
    private Duration timeout = Duration.ofSeconds(30);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private long maxResponseBytes = TransportRequest.DEFAULT_MAX_RESPONSE_BYTES;
    private RetryPolicy retryPolicy = RetryPolicy.none();
    private List<RequestListener> listeners = List.of();
    private Clock clock = Clock.systemUTC();
    private @Nullable Executor executor;

    private Builder() {}

    /** The transport, and whether the pipeline closes it. */
    public Builder transport(HttpTransport transport, boolean owned) {
      this.transport = transport;
      this.ownsTransport = owned;
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder secretKey(@Nullable Secret secretKey) {
      this.secretKey = secretKey;
      return this;
    }

    /** The overall timeout of a call, all attempts and delays included. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The timeout of one attempt, from sending to having read the whole response. */
    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
      return this;
    }

    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    public Builder listeners(List<RequestListener> listeners) {
      this.listeners = listeners;
      return this;
    }

    /** The clock {@code Retry-After} dates are measured against. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Where blocking async work and retry delays run; a private daemon pool when not set. */
    public Builder executor(@Nullable Executor executor) {
      this.executor = executor;
      return this;
    }

    public RequestPipeline build() {
      return new RequestPipeline(this);
    }
  }
}
