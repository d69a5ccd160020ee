package com.tripwirejs.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.ServerException;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the client is configured and what each setting does on the wire: the secret key (given,
 * from the environment, or missing), the base URL, per-call options, and closing.
 * Every client here reads an empty environment unless the case says otherwise, so the machine's
 * own {@code FOIL_SECRET_KEY} or {@code TRIPWIRE_SECRET_KEY} never matters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientConfigurationTest {

  private Fixtures fixtures;
  private LoopbackApi server;

  @BeforeAll
  void start() {
    fixtures = Fixtures.current();
    server = new LoopbackApi();
  }

  @AfterAll
  void stop() {
    // Null when the spec is not configured and start() was skipped.
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void answerEveryRouteWithItsFixture() {
    server.clear();
    byte[] session = fixtures.bytes("api/sessions/detail.json");
    server.answer(
        request -> {
          String path = request.rawPath();
          if (path.contains("/v1/sessions/")) {
            return Reply.json(200, session);
          }
          return Reply.json(404, "{}");
        });
  }

  // ---------------------------------------------------------------------------------------------
  // The secret key

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aMissingSecretKeyFailsAtCallTimeSayingHowToFixIt(CallMode mode) {
    TripwireClient client = base().build(); // building needs no key
    try (client) {
      Throwable thrown = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")));
      assertThat(thrown)
          .isInstanceOf(TripwireConfigurationException.class)
          .hasMessageContaining("getSession")
          .hasMessageContaining("secretKey(")
          .hasMessageContaining("FOIL_SECRET_KEY")
          .hasMessageContaining("TRIPWIRE_SECRET_KEY");
      assertThat(server.count()).as("nothing is sent without the key").isZero();

    }
  }

  @Test
  void theEnvironmentVariableIsUsedWhenNoKeyIsGiven() {
    List<String> asked = new CopyOnWriteArrayList<>();
    Function<String, String> environment =
        name -> {
          asked.add(name);
          return name.equals("FOIL_SECRET_KEY") ? "  sk_test_from_environment\n" : null;
        };
    try (TripwireClient client = base().environment(environment).build()) {
      client.sessions().get("sid_1");
    }
    assertThat(asked).containsOnly("FOIL_SECRET_KEY");
    assertThat(server.received().get(0).header("Authorization")).isEqualTo("Bearer sk_test_from_environment");

    // A key given to the builder wins over the environment.
    server.clear();
    try (TripwireClient client = base().environment(environment).secretKey("sk_test_given").build()) {
      client.sessions().get("sid_1");
    }
    assertThat(server.received().get(0).header("Authorization")).isEqualTo("Bearer sk_test_given");

    // A blank variable counts as unset.
    try (TripwireClient client = base().environment(name -> "   ").build()) {
      assertThatThrownBy(() -> client.sessions().get("sid_1")).isInstanceOf(TripwireConfigurationException.class);
    }
    assertThatThrownBy(() -> TripwireClient.builder().secretKey("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sk_test_line_break\n", "sk_test_with space", " sk_test_leading", "sk_test_ellipsis…", "sk_test_\u0000nul"})
  void aCredentialAHeaderCannotCarryFailsWithoutQuotingIt(String key) {
    for (HttpTransport transport : List.of(JdkHttpTransport.create(), com.tripwirejs.http.apache.ApacheHttpTransport.create())) {
      try (transport; TripwireClient client = base().secretKey(key).transport(transport).build()) {
        Throwable blocking = catchThrowable(() -> client.sessions().get("sid_1"));
        Throwable nonBlocking = catchThrowable(() -> CallMode.await(client.async().sessions().get("sid_1")));
        for (Throwable thrown : List.of(blocking, nonBlocking)) {
          assertThat(thrown)
              .isInstanceOf(TripwireConfigurationException.class)
              .hasMessageContaining("HTTP header cannot carry")
              .hasNoCause();
          assertThat(thrown.getMessage()).doesNotContain(key.strip()).doesNotContain("sk_test");
        }
      }
    }
    assertThat(server.count()).isZero();
  }

  // ---------------------------------------------------------------------------------------------
  // The base URL

  @ParameterizedTest
  @ValueSource(strings = {"/tripwire", "/tripwire/", "/a/b/c"})
  void aBaseUrlWithAPathPrefixKeepsThePrefix(String prefix) {
    try (TripwireClient client = base().baseUrl(server.baseUrl() + prefix).secretKey("sk_test_config").build()) {
      client.sessions().get("sid_1");
      client.sessions().get("sid_2");
    }
    String kept = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    assertThat(server.received())
        .extracting(Received::rawPath)
        .containsExactly(kept + "/v1/sessions/sid_1", kept + "/v1/sessions/sid_2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "api.tripwirejs.com",
        "/v1",
        "ftp://api.tripwirejs.com",
        "file:///etc/passwd",
        "http://",
        "https://api.tripwirejs.com?region=eu",
        "https://api.tripwirejs.com/#top",
        "https://api tripwirejs.com",
        "mailto:ops@tripwirejs.com"
      })
  void anInvalidBaseUrlFailsAtBuild(String baseUrl) {
    assertThatThrownBy(() -> TripwireClient.builder().secretKey("sk_test_config").baseUrl(baseUrl).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base URL");
  }

  // ---------------------------------------------------------------------------------------------
  // Closing

  @Test
  void closeLeavesATransportPassedInOpen() throws Exception {
    RecordingTransport transport = new RecordingTransport(JdkHttpTransport.create());
    try (transport) {
      TripwireClient client = base().secretKey("sk_test_config").transport(transport).build();
      client.sessions().get("sid_1");
      client.close();
      assertThat(transport.closed.get()).isZero();
      // Still usable by whoever owns it.
      TransportResponse response =
          transport.execute(
              TransportRequest.builder().method(HttpMethod.GET).uri(URI.create(server.baseUrl() + "/v1/sessions/sid_1")).build());
      assertThat(response.status()).isEqualTo(200);
    }
    assertThat(transport.closed.get()).isEqualTo(1);
  }

  @Test
  void closeClosesTheTransportTheClientCreated() throws Exception {
    // The default transport runs its deadlines on a thread of its own, started on the first call.
    Set<Thread> before = deadlineThreads();
    TripwireClient client = base().secretKey("sk_test_config").build();
    client.sessions().get("sid_1");
    Set<Thread> created = deadlineThreads();
    created.removeAll(before);
    assertThat(created).as("the transport the client created").hasSize(1);

    client.close();
    for (Thread thread : created) {
      thread.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(thread.isAlive()).as("a thread of the closed transport").isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void callsOnAClosedClientFailAtOnceAndSendNothing(CallMode mode) {
    TripwireClient client = base().secretKey("sk_test_config").build();
    TripwireClient view = client.withOptions(RequestOptions.builder().header("X-View", "1").build());
    TripwireAsyncClient async = client.async();
    client.close();
    client.close(); // closing twice is harmless

    for (TripwireClient closed : List.of(client, view)) {
      assertThatThrownBy(() -> mode.call(closed, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
    assertThatThrownBy(() -> async.sessions().get("sid_1")).isInstanceOf(IllegalStateException.class);
    assertThat(server.count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aCallWaitingToRetryEndsWithItsLastFailureWhenTheClientIsClosed(CallMode mode) {
    server.answer(request -> Reply.json(503, "{}"));
    // The client is closed as soon as the first attempt has failed and a retry is planned, that
    // is before the retry delay starts: the call must end after the delay, not hang or go on.
    AtomicReference<TripwireClient> toClose = new AtomicReference<>();
    RequestListener closeOnRetry =
        new RequestListener() {
          @Override
          public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
            if (outcome.willRetry()) {
              toClose.get().close();
            }
          }
        };
    RetryPolicy retries =
        RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(50)).maxBackoff(Duration.ofMillis(50)).jitter(0).build();
    TripwireClient client = base().secretKey("sk_test_config").retryPolicy(retries).listener(closeOnRetry).build();
    toClose.set(client);

    Throwable thrown = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")));
    assertThat(thrown).isInstanceOf(ServerException.class);
    assertThat(thrown.getSuppressed())
        .anySatisfy(s -> assertThat(s).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed"));
    assertThat(server.count()).as("no attempt after closing").isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Per-call options

  @Test
  void eachCallOnOneClientSendsTheHeadersOfItsOwnKind() {
    CreateOrganizationRequest create = CreateOrganizationRequest.builder().name("Acme").slug("acme").build();
    try (TripwireClient client = base().secretKey("sk_test_config").build()) {
      for (int round = 0; round < 2; round++) {
        client.sessions().get("sid_1");
        // Answered 404 by this server: only the request matters here.
        assertThatThrownBy(() -> client.organizations().create(create)).isInstanceOf(NotFoundException.class);
        client.withOptions(RequestOptions.builder().header("X-View", "1").build()).sessions().get("sid_1");
      }
    }
    List<Received> received = server.received();
    assertThat(received).hasSize(6);
    for (int round = 0; round < 2; round++) {
      Received get = received.get(3 * round);
      Received post = received.get(3 * round + 1);
      Received view = received.get(3 * round + 2);
      for (Received each : List.of(get, post, view)) {
        assertThat(each.header("Accept")).isEqualTo("application/json");
        assertThat(each.header("X-Foil-Client")).startsWith("tripwire-server-java/");
      }
      assertThat(get.header("Authorization")).isEqualTo("Bearer sk_test_config");
      assertThat(get.header("Content-Type")).isNull();
      assertThat(get.header("X-View")).isNull();
      assertThat(post.header("Authorization")).isEqualTo("Bearer sk_test_config");
      assertThat(post.header("Content-Type")).startsWith("application/json");
      assertThat(post.header("X-View")).isNull();
      assertThat(view.header("X-View")).isEqualTo("1");
      assertThat(view.header("Authorization")).isEqualTo("Bearer sk_test_config");
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void withOptionsAddsHeadersAndQueryParametersToTheViewsCallsOnly(CallMode mode) {
    try (TripwireClient client = base().secretKey("sk_test_config").build()) {
      TripwireClient traced =
          client.withOptions(
              RequestOptions.builder()
                  .header("X-Trace-Id", "trace-1")
                  .header("User-Agent", "my-service/2.0")
                  .queryParameter("debug", "a&b")
                  .build());
      TripwireClient twice = traced.withOptions(RequestOptions.builder().header("X-Tenant", "t-9").queryParameter("expand", "all").build());

      mode.call(traced, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1"));
      mode.call(twice, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1"));
      mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1"));
      CallMode.await(
          client.async().withOptions(RequestOptions.builder().header("X-Async-View", "yes").build()).sessions().get("sid_1"));
    }
    List<Received> received = server.received();
    assertThat(received).hasSize(4);

    Received traced = received.get(0);
    assertThat(traced.header("X-Trace-Id")).isEqualTo("trace-1");
    assertThat(traced.header("User-Agent")).isEqualTo("my-service/2.0");
    assertThat(traced.header("X-Foil-Client")).startsWith("tripwire-server-java/");
    assertThat(traced.header("Authorization")).isEqualTo("Bearer sk_test_config");
    assertThat(traced.query()).containsExactly(java.util.Map.entry("debug", "a&b"));

    Received twice = received.get(1);
    assertThat(twice.header("X-Trace-Id")).isEqualTo("trace-1");
    assertThat(twice.header("X-Tenant")).isEqualTo("t-9");
    assertThat(twice.query()).containsExactly(java.util.Map.entry("debug", "a&b"), java.util.Map.entry("expand", "all"));

    Received plain = received.get(2);
    assertThat(plain.header("X-Trace-Id")).isNull();
    assertThat(plain.header("User-Agent")).startsWith("tripwire-server-java/");
    assertThat(plain.rawQuery()).isNull();

    assertThat(received.get(3).header("X-Async-View")).isEqualTo("yes");

    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer sk_other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("sk_other");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void withOptionsSetsATimeoutForTheViewsCallsOnly(CallMode mode) {
    byte[] session = fixtures.bytes("api/sessions/detail.json");
    server.answer(
        request -> {
          try {
            Thread.sleep(600);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Reply.json(200, session);
        });
    try (TripwireClient client = base().secretKey("sk_test_config").timeout(Duration.ofSeconds(20)).build()) {
      TripwireClient impatient = client.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(150)).build());
      Throwable thrown = catchThrowable(() -> mode.call(impatient, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")));
      assertThat(thrown).isInstanceOf(TripwireTimeoutException.class);
      assertThat(((TripwireTimeoutException) thrown).phase()).isEqualTo(TripwireTimeoutException.Phase.OVERALL);
      assertThat(((TripwireTimeoutException) thrown).timeout()).isEqualTo(Duration.ofMillis(150));

      assertThatCode(() -> mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")))
          .as("the client's own timeout is unchanged")
          .doesNotThrowAnyException();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private TripwireClient.Builder base() {
    return TripwireClient.builder().baseUrl(server.baseUrl()).environment(name -> null);
  }

  private static Set<Thread> deadlineThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("tripwire-apache-deadlines") && thread.isAlive())
        .collect(Collectors.toSet());
  }

  /** Passes calls to another transport and counts how often it is closed. */
  private static final class RecordingTransport implements HttpTransport {
    final HttpTransport delegate;
    final AtomicInteger closed = new AtomicInteger();

    RecordingTransport(HttpTransport delegate) {
      this.delegate = delegate;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
      return delegate.execute(request);
    }

    @Override
    public void close() {
      closed.incrementAndGet();
      delegate.close();
    }
  }
}
