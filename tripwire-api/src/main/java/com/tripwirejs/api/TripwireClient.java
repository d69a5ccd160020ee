package com.tripwirejs.api;

import com.tripwirejs.api.fingerprints.Fingerprints;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.ClientAccess;
import com.tripwirejs.api.organizations.Organizations;
import com.tripwirejs.api.sessions.Sessions;
import com.tripwirejs.api.webhooks.Webhooks;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.internal.RequestPipeline;
import com.tripwirejs.http.internal.Uris;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The client of the Foil API (the service was called Tripwire until May 2026; the SDK keeps its
 * {@code Tripwire} class names).
 *
 * <pre>{@code
 * try (TripwireClient client = TripwireClient.builder().build()) { // key from FOIL_SECRET_KEY
 *   SessionDetail session = client.sessions().get("sid_...");
 *   for (SessionSummary summary : client.sessions().listAutoPaging(SessionListParams.none())) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>One client serves the whole application: it is thread-safe, pools its connections, and holds
 * no global state. {@link #async()} gives the same operations returning {@code
 * CompletableFuture}s; {@link #withOptions} gives a view with per-call options. Failures are the
 * unchecked exceptions of {@link com.tripwirejs.http.error}. Close the client when done; it
 * closes the transport it created, never one passed to {@link Builder#transport}.
 *
 * <p>A caller that gives up gets everything back: cancelling the future of an {@link #async()}
 * call (or completing it otherwise, as {@code orTimeout} does) aborts its exchange, frees its
 * connection slot, takes it out of the queue for a slot or abandons its retry; interrupting a
 * thread blocked in a call ends it at once with a {@link
 * com.tripwirejs.http.error.TripwireInterruptedException}, the interrupt status kept. A future
 * derived from the call's ({@code thenApply}, ...) does not pass its cancellation back: cancel
 * the call's own future.
 *
 * <p>By default the client calls {@code https://api.usefoil.com} with the secret key from {@code
 * FOIL_SECRET_KEY} (else {@code TRIPWIRE_SECRET_KEY}), and names itself in an {@code
 * X-Foil-Client} header; {@link Builder#baseUrl} says how to call the Tripwire host instead.
 */
public final class TripwireClient implements AutoCloseable {

  /**
   * The production API, {@code https://api.usefoil.com}: the base URL of the current {@link
   * ServiceGeneration}.
   */
  public static final String DEFAULT_BASE_URL = ServiceGeneration.CURRENT.baseUrl();

  /**
   * The environment variable the secret key is read from first when none is given: {@code
   * FOIL_SECRET_KEY}. {@link #SECRET_KEY_ENVIRONMENT_VARIABLES} lists every variable read.
   */
  public static final String SECRET_KEY_ENVIRONMENT_VARIABLE =
      ServiceGeneration.CURRENT.secretKeyVariable();

  /**
   * The environment variables the secret key is read from when none is given, in the order they
   * are read: {@code FOIL_SECRET_KEY}, then {@code TRIPWIRE_SECRET_KEY}, the variable of the
   * service's former name. The first that is set and not blank is used.
   */
  public static final List<String> SECRET_KEY_ENVIRONMENT_VARIABLES =
      ServiceGeneration.ACCEPTED.stream()
          .map(ServiceGeneration::secretKeyVariable)
          .collect(Collectors.toUnmodifiableList());

  static {
    // The one reader of a client's caller, for com.tripwirejs.api.extension.ClientExtensions.
    ClientAccess.install(client -> client.caller);
  }

  private final @Nullable RequestPipeline owned;
  private final ApiCaller caller;
  private final Sessions sessions;
  private final Fingerprints fingerprints;
  private final Organizations organizations;
  private final Webhooks webhooks;
  private final TripwireAsyncClient async;

  private TripwireClient(@Nullable RequestPipeline owned, ApiCaller caller) {
    this.owned = owned;
    this.caller = caller;
    this.sessions = new Sessions(caller);
    this.fingerprints = new Fingerprints(caller);
    this.organizations = new Organizations(caller);
    this.webhooks = new Webhooks(caller);
    this.async = new TripwireAsyncClient(caller);
  }

  /**
   * A builder of clients.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sessions: list, page through and read the sessions Foil scored.
   *
   * @return the session operations
   */
  public Sessions sessions() {
    return sessions;
  }

  /**
   * Visitor fingerprints: list, page through and read them.
   *
   * @return the fingerprint operations
   */
  public Fingerprints fingerprints() {
    return fingerprints;
  }

  /**
   * Organizations and their API keys.
   *
   * @return the organization operations
   */
  public Organizations organizations() {
    return organizations;
  }

  /**
   * Webhook endpoints and events.
   *
   * @return the webhook operations
   */
  public Webhooks webhooks() {
    return webhooks;
  }

  /**
   * The same operations, returning {@code CompletableFuture}s instead of blocking. It shares this
   * client's connections and settings.
   *
   * @return the non-blocking client
   */
  public TripwireAsyncClient async() {
    return async;
  }

  /**
   * A view of this client whose calls use {@code options} on top of this client's: a timeout of
   * their own, extra headers or query parameters. The view shares this client's connections;
   * closing the view does nothing, close this client instead.
   *
   * @param options the per-call options
   * @return the view
   */
  public TripwireClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return new TripwireClient(null, caller.withOptions(options));
  }

  /**
   * Releases the connections and threads of the client (not of a transport passed in). Calls made
   * afterwards, through this client or its {@link #async()} and {@link #withOptions} views, throw
   * {@link IllegalStateException}.
   */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  /** Builds {@link TripwireClient}s. */
  public static final class Builder {
    private @Nullable Secret secretKey;
    private Function<String, @Nullable String> environment = System::getenv;
    private String baseUrl = DEFAULT_BASE_URL;
    private Duration timeout = Duration.ofSeconds(30);
    private @Nullable Duration responseTimeout;
    private @Nullable Duration connectTimeout;
    private @Nullable Integer maxConnections;
    private long maxResponseBytes = TransportRequest.DEFAULT_MAX_RESPONSE_BYTES;
    private RetryPolicy retryPolicy = RetryPolicy.none();
    private @Nullable HttpTransport transport;
    private final List<RequestListener> listeners = new ArrayList<>();
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * Sets the secret key ({@code sk_live_...} or {@code sk_test_...}). When not set, {@link
     * #build()} reads it from the environment: {@code FOIL_SECRET_KEY}, or {@code
     * TRIPWIRE_SECRET_KEY} when that is unset or blank (a blank variable counts as unset, so a key
     * kept under the service's former name keeps working; {@code FOIL_SECRET_KEY} wins when both
     * are set). A missing key fails the calls that need one, with a {@link
     * com.tripwirejs.http.error.TripwireConfigurationException} naming both variables, not the
     * build, since the Gate registry and Gate session creation need none.
     *
     * @param secretKey the secret key
     * @return this builder
     */
    public Builder secretKey(String secretKey) {
      return secretKey(Secret.of(secretKey));
    }

    /**
     * Sets the secret key.
     *
     * @param secretKey the secret key
     * @return this builder
     */
    public Builder secretKey(Secret secretKey) {
      Objects.requireNonNull(secretKey, "secretKey");
      if (secretKey.reveal().isBlank()) {
        throw new IllegalArgumentException("secretKey must not be blank");
      }
      this.secretKey = secretKey;
      return this;
    }

    /**
     * Sets where environment variables are read from, {@link System#getenv(String)} by default.
     * Useful in tests and for configuration systems that stand in for the environment.
     *
     * @param environment returns the value of a variable, or null when unset
     * @return this builder
     */
    public Builder environment(Function<String, @Nullable String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Sets the base URL, {@code https://api.usefoil.com} by default. A path prefix is kept: with
     * {@code https://proxy.example/tripwire}, sessions are at {@code
     * https://proxy.example/tripwire/v1/sessions}.
     *
     * <p>To call the host the service had as Tripwire, {@code https://api.tripwirejs.com}, pass
     * its base URL from {@link ServiceGeneration}:
     *
     * <pre>{@code
     * TripwireClient.builder().baseUrl(ServiceGeneration.TRIPWIRE.baseUrl()).build();
     * }</pre>
     *
     * <p>Only the host changes: whatever the base URL, the client names itself in the current
     * header, {@code X-Foil-Client: tripwire-server-java/<version>}, and reads the same secret key
     * variables.
     *
     * @param baseUrl an absolute http or https URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the overall timeout of a call, every attempt and retry delay included; 30 s by
     * default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the timeout of one attempt, from sending the request to having read the whole
     * response; the overall timeout by default.
     *
     * @param responseTimeout a positive duration
     * @return this builder
     */
    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = positive(responseTimeout, "responseTimeout");
      return this;
    }

    /**
     * Sets the connect timeout of the transport the client creates; 10 s by default. Configure a
     * transport you pass in yourself.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the bound of the transport the client creates: the most requests in flight at once,
     * and so the most connections open; 50 by default. Calls beyond it wait in a first-come,
     * first-served queue, without a thread each, for a slot to free up; the wait counts against
     * the call's timeout, and a call whose timeout passes while waiting fails with a {@link
     * com.tripwirejs.http.error.TripwireTimeoutException} of phase {@code QUEUE}. With a
     * transport of your own, set the bound on its builder instead ({@code
     * JdkHttpTransport.builder().maxConnections(n)}); the client applies whatever {@link
     * HttpTransport#maxConcurrentRequests()} says.
     *
     * @param maxConnections at least 1
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
     * Sets the largest response body the client accepts; 32 MiB by default. A larger response
     * fails its call with a {@link com.tripwirejs.http.error.TripwireResponseTooLargeException}
     * as soon as the limit is passed (at once when its {@code Content-Length} says so), without
     * reading the rest.
     *
     * @param maxResponseBytes a positive number of bytes
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Turns on retries; {@link RetryPolicy#none()} by default.
     *
     * @param retryPolicy the policy, such as {@link RetryPolicy#defaults()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sends with this transport instead of creating an {@link ApacheHttpTransport}, for example
     * {@code JdkHttpTransport.create()} or your own. The client does not close it.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Adds a listener that sees every call and every attempt of every call, blocking and
     * non-blocking (see {@link RequestListener}): the hook for metrics and tracing, such as {@code
     * ObservationRequestListener} of the {@code tripwire-micrometer} module. Listeners are told in
     * the order added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(RequestListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets where retry delays of non-blocking calls, and the blocking work of a transport without
     * non-blocking I/O, run; a private pool of daemon threads by default.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client; close it when done
     * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL, or when
     *     transport settings are combined with a transport of your own
     */
    public TripwireClient build() {
      if (transport != null && (connectTimeout != null || maxConnections != null)) {
        throw new IllegalArgumentException(
            "connectTimeout and maxConnections configure the transport the client creates;"
                + " set them on the transport you pass in instead");
      }
      Uris.normalizeBase(baseUrl); // fails before a transport is created for nothing
      Secret key = secretKey != null ? secretKey : fromEnvironment();
      boolean ownsTransport = transport == null;
      HttpTransport sender = ownsTransport ? createTransport() : transport;
      RequestPipeline pipeline =
          RequestPipeline.builder()
              .transport(sender, ownsTransport)
              .baseUrl(baseUrl)
              .secretKey(key)
              .timeout(timeout)
              .responseTimeout(responseTimeout != null ? responseTimeout : timeout)
              .maxResponseBytes(maxResponseBytes)
              .retryPolicy(retryPolicy)
              .listeners(listeners)
              .executor(executor)
              .build();
      return new TripwireClient(pipeline, new ApiCaller(pipeline, RequestOptions.none()));
    }

    /** The key of the first variable that is set and not blank, in the documented order. */
    private @Nullable Secret fromEnvironment() {
      for (String variable : SECRET_KEY_ENVIRONMENT_VARIABLES) {
        String value = environment.apply(variable);
        if (value != null && !value.isBlank()) {
          return Secret.of(value.trim());
        }
      }
      return null;
    }

    private HttpTransport createTransport() {
      ApacheHttpTransport.Builder apache = ApacheHttpTransport.builder();
      if (connectTimeout != null) {
        apache.connectTimeout(connectTimeout);
      }
      if (maxConnections != null) {
        apache.maxConnections(maxConnections);
      }
      return apache.build();
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
