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
import com.tripwirejs.http.error.TripwireInterruptedException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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
  private final ConcurrencyLimit slots;
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
    this.slots = new ConcurrencyLimit(transport.maxConcurrentRequests());
  }

  /** The bound on requests in flight, and how many are in flight and queued now. */
  public ConcurrencyLimit slots() {
    return slots;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL requests go to, without trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Runs a call and waits for its successful response. Interrupting the waiting thread (while it
   * waits for a connection slot, for the response or to retry) ends the call at once with a
   * {@link TripwireInterruptedException}, the exchange aborted and the interrupt status kept.
   *
   * @return the 2xx response
   * @throws TripwireException for an error status, a transport failure, a timeout, an interrupt
   *     or missing credentials
   */
  public TransportResponse send(ApiCall call, RequestOptions options) {
    return send(call, options, response -> response);
  }

  /**
   * Runs a call, waits for its successful response and reads it; see {@link #send(ApiCall,
   * RequestOptions)}. The call's listeners see it end once {@code reader} has run, so that a
   * response that cannot be read is the call's failure.
   *
   * @param reader turns the 2xx response into the result
   * @return the result
   * @throws TripwireException for an error status, a transport failure, a timeout, an interrupt
   *     or missing credentials; or what {@code reader} threw
   */
  public <T> T send(ApiCall call, RequestOptions options, Function<TransportResponse, T> reader) {
    CallExecution execution = start(call, options, false);
    TransportResponse response;
    try {
      response = exchange(execution);
    } catch (RuntimeException e) {
      execution.endCall(e); // does nothing when the failure was already reported
      throw e;
    }
    T value;
    try {
      value = reader.apply(response);
    } catch (RuntimeException e) {
      execution.endCall(e);
      throw e;
    }
    execution.endCall(null);
    return value;
  }

  private TransportResponse exchange(CallExecution execution) {
    while (true) {
      execution.startAttempt();
      ConcurrencyLimit.Permit permit = awaitSlot(execution);
      CallExecution.Step step;
      try {
        TransportRequest request = execution.request();
        step = execution.complete(transport.execute(request), null);
      } catch (IOException | RuntimeException e) {
        if (Failures.isInterruption(e)) {
          Thread.currentThread().interrupt();
          throw execution.interrupted("for the response", e);
        }
        step = execution.complete(null, e);
      } finally {
        permit.release();
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

  /** A connection slot for a blocking attempt, waited for interruptibly within the call's time. */
  private ConcurrencyLimit.Permit awaitSlot(CallExecution execution) {
    CompletableFuture<ConcurrencyLimit.Permit> waiter = slots.acquire();
    try {
      return waiter.get(execution.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      ConcurrencyLimit.abandon(waiter);
      Thread.currentThread().interrupt();
      throw execution.interrupted("for a free connection slot", e);
    } catch (TimeoutException e) {
      ConcurrencyLimit.abandon(waiter);
      throw execution.queueTimeout();
    } catch (ExecutionException e) {
      ConcurrencyLimit.abandon(waiter);
      throw new IllegalStateException("Waiting for a connection slot failed", e.getCause());
    }
  }

  /**
   * Runs a call without blocking.
   *
   * @return the 2xx response, or a future failed with a {@link TripwireException}
   */
  public CompletableFuture<TransportResponse> sendAsync(ApiCall call, RequestOptions options) {
    return sendAsync(call, options, response -> response);
  }

  /**
   * Runs a call without blocking and reads its response. The returned future is the call:
   * cancelling it, or completing it in any other way (a caller's {@code orTimeout}), takes the
   * call out of the queue for a connection slot, aborts its exchange or abandons its retry
   * back-off, and listeners see the call end as cancelled. Futures derived from it do not pass
   * their own cancellation back to it.
   *
   * @param reader turns the 2xx response into the result; runs on the thread that completed the
   *     exchange
   * @return the result, or a future failed with a {@link TripwireException} (or what {@code
   *     reader} threw)
   */
  public <T> CompletableFuture<T> sendAsync(
      ApiCall call, RequestOptions options, Function<TransportResponse, T> reader) {
    CallExecution execution;
    try {
      execution = start(call, options, true);
    } catch (TripwireException e) {
      return CompletableFuture.failedFuture(e);
    }
    AsyncCall<T> running = new AsyncCall<>(execution, reader);
    running.attempt();
    return running.result;
  }

  /** One non-blocking call: its attempts, slot waits and back-offs, and its cancellation. */
  private final class AsyncCall<T> {
    private final CallExecution execution;
    private final Function<TransportResponse, T> reader;
    final CompletableFuture<T> result = new CompletableFuture<>();
    /** The step in progress: the wait for a slot, the exchange, or the back-off timer. */
    private final AtomicReference<@Nullable Future<?>> current = new AtomicReference<>();
    /** Set before the pipeline itself completes {@link #result}. */
    private volatile boolean ended;

    AsyncCall(CallExecution execution, Function<TransportResponse, T> reader) {
      this.execution = execution;
      this.reader = reader;
      result.whenComplete(
          (value, failure) -> {
            if (!ended) {
              abort();
            }
          });
    }

    /** The caller completed the future (cancel, orTimeout): stop whatever is in progress. */
    private void abort() {
      Future<?> step = current.get();
      if (step != null) {
        step.cancel(true);
      }
      execution.cancel(new CancellationException("The caller cancelled the call"));
    }

    /** Makes {@code step} the one an abort cancels; cancels it at once if the call is over. */
    private void track(Future<?> step) {
      current.set(step);
      if (result.isDone() && !ended) {
        step.cancel(true);
      }
    }

    void attempt() {
      if (result.isDone()) {
        return;
      }
      try {
        execution.startAttempt();
      } catch (TripwireException e) {
        fail(e);
        return;
      }
      CompletableFuture<ConcurrencyLimit.Permit> waiter = slots.acquire();
      if (!waiter.isDone()) {
        // Queued: the wait counts against the call's timeout. A waiter that times out or is
        // cancelled leaves the queue at once.
        waiter.orTimeout(Math.max(execution.remainingNanos(), 1), TimeUnit.NANOSECONDS);
      }
      track(waiter);
      waiter.whenComplete(
          (permit, failure) -> {
            if (failure != null) {
              if (Failures.unwrap(failure) instanceof TimeoutException) {
                fail(execution.queueTimeout());
              }
              return; // cancelled: abort() told the listeners
            }
            if (result.isDone()) {
              permit.release();
              return;
            }
            send(permit);
          });
    }

    private void send(ConcurrencyLimit.Permit permit) {
      CompletableFuture<TransportResponse> sent;
      try {
        sent = transport.executeAsync(execution.request(), executor());
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      track(sent);
      sent.whenComplete(
          (response, failure) -> {
            permit.release();
            if (result.isDone()) {
              return; // aborted: the listeners saw the call end as cancelled
            }
            CallExecution.Step step = execution.complete(response, failure);
            if (step instanceof CallExecution.Done) {
              T value;
              try {
                value = reader.apply(((CallExecution.Done) step).response());
              } catch (RuntimeException e) {
                fail(e);
                return;
              }
              ended = true;
              execution.endCall(null);
              result.complete(value);
            } else if (step instanceof CallExecution.Fail) {
              fail(((CallExecution.Fail) step).failure());
            } else {
              retryLater(((CallExecution.Retry) step).delay());
            }
          });
    }

    /**
     * The next attempt after {@code delay}, started on the client's executor. A closed client or
     * an executor that refuses the task ends the call with the last failure: the future always
     * completes. Cancelling the call cancels the timer: no further attempt is sent.
     */
    private void retryLater(Duration delay) {
      CompletableFuture<Void> timer = new CompletableFuture<>();
      track(timer);
      timer.completeOnTimeout(null, delay.toNanos(), TimeUnit.NANOSECONDS);
      timer.thenRun(
          () -> {
            if (result.isDone()) {
              return;
            }
            if (closed) {
              fail(closedWhileRetrying(execution));
              return;
            }
            try {
              executor().execute(this::attempt);
            } catch (RuntimeException e) {
              TripwireException failure = lastFailureOr(execution, e);
              failure.addSuppressed(e);
              fail(failure);
            }
          });
    }

    private void fail(Throwable failure) {
      ended = true;
      execution.endCall(failure); // does nothing when the failure was already reported
      result.completeExceptionally(failure);
    }
  }

  private static TripwireException closedWhileRetrying(CallExecution execution) {
    IllegalStateException whileWaiting =
        new IllegalStateException("The client was closed while the call waited to retry");
    TripwireException failure = lastFailureOr(execution, whileWaiting);
    failure.addSuppressed(whileWaiting);
    execution.endCall(failure);
    return failure;
  }

  private static TripwireException lastFailureOr(CallExecution execution, RuntimeException cause) {
    TripwireException failure = execution.lastFailure();
    return failure != null ? failure : Failures.classify(cause, Duration.ZERO);
  }

  private CallExecution start(ApiCall call, RequestOptions options, boolean async) {
    if (closed) {
      throw new IllegalStateException("The Tripwire client is closed; create a new one to make calls");
    }
    URI uri = Uris.build(baseUrl, call.pathTemplate(), call.pathValues(), withExtraQuery(call, options));
    Duration overall = options.timeout() != null ? options.timeout() : timeout;
    CallExecution execution =
        new CallExecution(
            call,
            uri,
            async,
            overall,
            responseTimeout,
            maxResponseBytes,
            retryPolicy,
            listeners,
            log,
            clock);
    // Listeners see the call start on the caller's thread, before anything can fail.
    execution.startCall();
    try {
      execution.headers(headers(call, options));
    } catch (RuntimeException e) {
      execution.endCall(e);
      throw e;
    }
    return execution;
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
      TripwireInterruptedException interrupted = execution.interrupted("to retry", e);
      TripwireException last = execution.lastFailure();
      if (last != null && last != interrupted) {
        interrupted.addSuppressed(last);
      }
      throw interrupted;
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
