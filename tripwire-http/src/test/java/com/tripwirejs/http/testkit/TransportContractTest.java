package com.tripwirejs.http.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.ResponseTooLargeException;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import com.tripwirejs.http.internal.Failures;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract every {@link HttpTransport} must meet, run against a real HTTP server on a loopback
 * port, each case both blocking and non-blocking. A transport's test extends this class and says
 * how to create the transport.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TransportContractTest {

  /** How a case calls the transport. */
  public enum Mode {
    BLOCKING,
    NON_BLOCKING
  }

  private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

  private LocalHttpServer server;
  private ExecutorService executor;
  private HttpTransport transport;

  /**
   * Creates the transport under test.
   *
   * @param connectTimeout the connect timeout it must apply
   */
  protected abstract HttpTransport createTransport(Duration connectTimeout);

  @BeforeAll
  void startServer() throws IOException {
    server = new LocalHttpServer();
    executor = Executors.newCachedThreadPool();
  }

  @AfterAll
  void stopServer() {
    server.close();
    executor.shutdownNow();
  }

  @BeforeEach
  void openTransport() {
    transport = createTransport(CONNECT_TIMEOUT);
  }

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  /** The transport of the current case. */
  protected HttpTransport transport() {
    return transport;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyMethodReachesTheServerWithItsBody(Mode mode) throws Exception {
    for (HttpMethod method : HttpMethod.values()) {
      byte[] body = method == HttpMethod.GET ? null : ("{\"m\":\"" + method + "\"}").getBytes(StandardCharsets.UTF_8);
      TransportResponse response = send(mode, request(method, "/echo/" + method.name().toLowerCase()).body(body));
      LocalHttpServer.Received received = server.takeRequest();
      assertThat(received.method()).isEqualTo(method.name());
      assertThat(received.body()).isEqualTo(body == null ? new byte[0] : body);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().first("X-Method")).isEqualTo(method.name());
      assertThat(response.body()).isEqualTo(body == null ? new byte[0] : body);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void headersGoOutAndComeBackWithEveryValue(Mode mode) throws Exception {
    Headers headers =
        Headers.builder()
            .add("Accept", "application/json")
            .add("X-Custom", "value with spaces; and=signs")
            .add("X-Repeated", "a")
            .add("X-Repeated", "b")
            .build();
    TransportResponse response = send(mode, request(HttpMethod.GET, "/echo/headers").headers(headers));
    LocalHttpServer.Received received = server.takeRequest();
    assertThat(received.header("X-Custom")).isEqualTo("value with spaces; and=signs");
    assertThat(received.header("Accept")).isEqualTo("application/json");
    assertThat(received.headers().entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase("X-Repeated"))
            .flatMap(e -> e.getValue().stream())
            .toList())
        .containsExactly("a", "b");
    assertThat(response.headers().all("x-echo")).containsExactly("one", "two");
    assertThat(response.headers().first("X-ECHO")).isEqualTo("one");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void encodedPathsAndQueriesAreSentExactlyAsGiven(Mode mode) throws Exception {
    String raw = "/echo/a%2Fb/%2E%2E/x%3Fy%3D1/%25%2F/%23/caf%C3%A9%20space?q=a%26b&r=%2F%20";
    send(mode, request(HttpMethod.GET, raw));
    assertThat(server.takeRequest().rawPath()).isEqualTo(raw);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void utf8BodiesArriveIntact(Mode mode) throws Exception {
    byte[] body = ("{\"name\":\"" + LocalHttpServer.UTF8_TEXT + "\"}").getBytes(StandardCharsets.UTF_8);
    TransportResponse echoed = send(mode, request(HttpMethod.POST, "/echo/utf8").body(body));
    assertThat(server.takeRequest().body()).isEqualTo(body);
    assertThat(echoed.body()).isEqualTo(body);
    TransportResponse text = send(mode, request(HttpMethod.GET, "/utf8"));
    server.takeRequest();
    assertThat(text.bodyText()).isEqualTo(LocalHttpServer.UTF8_TEXT);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emptyBodiesAndNoContentAreEmptyNotNull(Mode mode) throws Exception {
    TransportResponse noContent = send(mode, request(HttpMethod.POST, "/status/204").body(new byte[0]));
    assertThat(noContent.status()).isEqualTo(204);
    assertThat(noContent.body()).isEmpty();
    TransportResponse emptyOk = send(mode, request(HttpMethod.DELETE, "/status/200"));
    assertThat(emptyOk.status()).isEqualTo(200);
    assertThat(emptyOk.body()).isEmpty();
    TransportResponse notFound = send(mode, request(HttpMethod.GET, "/status/503"));
    assertThat(notFound.status()).isEqualTo(503);
    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void largeBodiesTravelBothWays(Mode mode) throws Exception {
    byte[] upload = LocalHttpServer.pattern(6 * 1024 * 1024 + 17);
    TransportResponse echoed = send(mode, request(HttpMethod.POST, "/echo/large").body(upload));
    assertThat(server.takeRequest().body()).isEqualTo(upload);
    assertThat(echoed.body()).isEqualTo(upload);
    TransportResponse download = send(mode, request(HttpMethod.GET, "/bytes/" + (5 * 1024 * 1024 + 3)));
    server.takeRequest();
    assertThat(download.body()).isEqualTo(LocalHttpServer.pattern(5 * 1024 * 1024 + 3));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aBodyOverTheLimitFailsInsteadOfFillingMemory(Mode mode) throws Exception {
    Throwable failure = failure(mode, request(HttpMethod.GET, "/bytes/" + (2 * 1024 * 1024)).maxResponseBytes(1024 * 1024));
    assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
    server.takeRequest();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aBodyAnnouncedOverTheLimitIsRefusedBeforeReadingIt(Mode mode) throws Exception {
    try (ConnectionRecordingServer huge = new ConnectionRecordingServer()) {
      long start = System.nanoTime();
      Throwable failure = failure(mode, TransportRequest.builder().method(HttpMethod.GET)
          .uri(huge.uri("/declared/2147483648")).timeout(Duration.ofSeconds(20)).maxResponseBytes(1024 * 1024));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
      ResponseTooLargeException tooLarge = (ResponseTooLargeException) failure;
      assertThat(tooLarge.limit()).isEqualTo(1024 * 1024);
      assertThat(tooLarge.status()).isEqualTo(200);
      assertThat(tooLarge.headers().first("Content-Length")).isEqualTo("2147483648");
      // 2 GiB drained on loopback takes seconds; refused unread, it takes milliseconds
      assertThat(took).isLessThan(Duration.ofSeconds(1));
      assertThat(ConnectionRecordingServer.await(() -> huge.openNow() == 0, Duration.ofSeconds(5))).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aStreamedBodyIsCutOffAsSoonAsItPassesTheLimit(Mode mode) throws Exception {
    try (ConnectionRecordingServer endless = new ConnectionRecordingServer()) {
      long start = System.nanoTime();
      Throwable failure = failure(mode, TransportRequest.builder().method(HttpMethod.GET)
          .uri(endless.uri("/chunked")).timeout(Duration.ofSeconds(20)).maxResponseBytes(1024 * 1024));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
      ResponseTooLargeException tooLarge = (ResponseTooLargeException) failure;
      assertThat(tooLarge.status()).isEqualTo(200);
      assertThat(tooLarge.headers().first("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
      assertThat(took).isLessThan(Duration.ofSeconds(1));
      assertThat(ConnectionRecordingServer.await(() -> endless.openNow() == 0, Duration.ofSeconds(5))).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRefusedConnectionIsReportedAsNotSent(Mode mode) throws Exception {
    Throwable failure = failure(mode, TransportRequest.builder().method(HttpMethod.POST)
        .uri(RawSocketServer.refusingUri("/v1/anything")).body(new byte[] {'{', '}'}));
    TripwireException classified = Failures.classify(failure, Duration.ofSeconds(5));
    assertThat(classified).isInstanceOf(TripwireConnectionException.class);
    assertThat(((TripwireConnectionException) classified).requestMayHaveBeenSent()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aConnectionThatCannotBeOpenedTimesOutAsAConnectTimeout(Mode mode) throws Exception {
    try (RawSocketServer listener = RawSocketServer.unresponsiveListener()) {
      long start = System.nanoTime();
      Throwable failure = failure(mode, TransportRequest.builder().method(HttpMethod.GET)
          .uri(listener.uri("/v1/slow")).timeout(Duration.ofSeconds(20)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      TripwireException classified = Failures.classify(failure, Duration.ofSeconds(20));
      assertThat(classified).isInstanceOf(TripwireTimeoutException.class);
      assertThat(((TripwireTimeoutException) classified).phase()).isEqualTo(TripwireTimeoutException.Phase.CONNECT);
      assertThat(((TripwireConnectionException) classified).requestMayHaveBeenSent()).isFalse();
      assertThat(took).isLessThan(Duration.ofSeconds(10));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerSlowerThanTheDeadlineTimesOut(Mode mode) throws Exception {
    long start = System.nanoTime();
    Throwable failure = failure(mode, request(HttpMethod.GET, "/sleep/5000").timeout(Duration.ofMillis(400)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    TripwireException classified = Failures.classify(failure, Duration.ofMillis(400));
    assertThat(classified).isInstanceOf(TripwireTimeoutException.class);
    assertThat(((TripwireTimeoutException) classified).phase()).isEqualTo(TripwireTimeoutException.Phase.RESPONSE);
    assertThat(took).isBetween(Duration.ofMillis(350), Duration.ofMillis(3000));
    server.takeRequest();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSlowDripIsCutOffAtTheDeadline(Mode mode) throws Exception {
    // 100 bytes, one every 50 ms: the socket never idles long, but the whole answer takes 5 s.
    long start = System.nanoTime();
    Throwable failure = failure(mode, request(HttpMethod.GET, "/drip/100/50").timeout(Duration.ofMillis(700)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(Failures.classify(failure, Duration.ofMillis(700))).isInstanceOf(TripwireTimeoutException.class);
    assertThat(took).isBetween(Duration.ofMillis(600), Duration.ofMillis(3000));
    server.takeRequest();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aConnectionResetMidBodyIsAFailureThatMayHaveBeenSent(Mode mode) throws Exception {
    try (RawSocketServer reset = RawSocketServer.resetMidBody(100_000, 1_000)) {
      Throwable failure = failure(mode, TransportRequest.builder().method(HttpMethod.GET).uri(reset.uri("/v1/sessions")));
      TripwireException classified = Failures.classify(failure, Duration.ofSeconds(5));
      assertThat(classified).isInstanceOf(TripwireConnectionException.class);
      assertThat(((TripwireConnectionException) classified).requestMayHaveBeenSent()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aClosedTransportRefusesCallsWithoutSendingThem(Mode mode) throws Exception {
    send(mode, request(HttpMethod.GET, "/status/204"));
    server.takeRequest();
    transport.close();
    Throwable failure = failure(mode, request(HttpMethod.GET, "/status/204"));
    assertThat(failure).hasMessageContaining("closed");
    assertThat(server.pendingRequests()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void oneTransportServesManyThreadsAtOnce(Mode mode) throws Exception {
    int threads = 16;
    int perThread = 25;
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(executor.submit(() -> {
        int ok = 0;
        for (int i = 0; i < perThread; i++) {
          byte[] body = ("thread " + thread + " call " + i).getBytes(StandardCharsets.UTF_8);
          TransportResponse response = send(mode, request(HttpMethod.POST, "/echo/concurrent").body(body));
          if (response.status() == 200 && java.util.Arrays.equals(response.body(), body)) {
            ok++;
          }
        }
        return ok;
      }));
    }
    int total = 0;
    for (Future<Integer> result : results) {
      total += result.get(60, TimeUnit.SECONDS);
    }
    assertThat(total).isEqualTo(threads * perThread);
    for (int i = 0; i < threads * perThread; i++) {
      server.takeRequest();
    }
  }

  /** A request to the local server. */
  protected TransportRequest.Builder request(HttpMethod method, String pathAndQuery) {
    return TransportRequest.builder().method(method).uri(server.uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
  }

  /** Sends a request in the given mode and returns its response. */
  protected TransportResponse send(Mode mode, TransportRequest.Builder request) throws Exception {
    TransportRequest built = request.build();
    if (mode == Mode.BLOCKING) {
      return transport.execute(built);
    }
    try {
      return transport.executeAsync(built, executor).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  /** Sends a request that must fail, and returns the failure. */
  protected Throwable failure(Mode mode, TransportRequest.Builder request) {
    Throwable failure;
    try {
      TransportResponse response = send(mode, request);
      throw new AssertionError("Expected a failure but got " + response);
    } catch (Exception e) {
      failure = e;
    }
    while (failure instanceof CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    assertThat(failure).isInstanceOf(IOException.class);
    return failure;
  }

  /** Fails unless a call fails with the given type. */
  protected void assertFails(Mode mode, TransportRequest.Builder request, Class<? extends Throwable> type) {
    assertThatThrownBy(() -> send(mode, request)).isInstanceOf(type);
  }

  /** The URI of a path on the local server. */
  protected URI serverUri(String pathAndQuery) {
    return server.uri(pathAndQuery);
  }

  /** The local server. */
  protected LocalHttpServer server() {
    return server;
  }
}
