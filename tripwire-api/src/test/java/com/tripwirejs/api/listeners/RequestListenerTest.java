package com.tripwirejs.api.listeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LogCapture;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.api.support.RecordingListener;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.ServerException;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.testkit.RawSocketServer;
import com.tripwirejs.model.session.SessionDetail;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Listeners see every attempt of every call, blocking and non-blocking: the operation, method,
 * path template, URI and attempt number when it starts; the status, request id, duration, error
 * and whether the client retries when it ends. A listener that throws changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestListenerTest {

  private static final RetryPolicy RETRIES =
      RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).jitter(0).build();

  private LoopbackApi server;
  private final AtomicInteger flaky = new AtomicInteger();

  @BeforeAll
  void start() {
    Fixtures fixtures = Fixtures.current();
    byte[] session = fixtures.bytes("api/sessions/detail.json");
    byte[] list = fixtures.bytes("api/sessions/list.json");
    byte[] notFound = fixtures.bytes("errors/not-found.json");
    server = new LoopbackApi();
    server.answer(
        request -> {
          switch (request.rawPath()) {
            case "/v1/sessions/sid_flaky":
              // 503 first, then 200; each with its own request id
              int attempt = flaky.incrementAndGet();
              Reply reply = attempt == 1 ? Reply.json(503, "{}") : Reply.json(200, session);
              return new Reply(reply.status(), Map.of("Content-Type", "application/json", "x-request-id", "req_attempt_" + attempt), reply.body());
            case "/v1/sessions/sid_missing":
              // no x-request-id header: the request id comes from the error body
              return new Reply(404, Map.of("Content-Type", "application/json"), notFound);
            case "/v1/sessions":
              return Reply.json(200, list);
            default:
              return Reply.json(404, "{}");
          }
        });
  }

  @AfterAll
  void stop() {
    // Null when the spec is not configured and start() was skipped.
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void clear() {
    server.clear();
    flaky.set(0);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void everyAttemptIsSeenWithItsDetails(CallMode mode) {
    Events events = new Events();
    Instant before = Instant.now();
    SessionDetail session;
    try (TripwireClient client = client(events).retryPolicy(RETRIES).build()) {
      session = mode.call(client, c -> c.sessions().get("sid_flaky"), a -> a.sessions().get("sid_flaky"));
    }
    Instant after = Instant.now();
    assertThat(session).isNotNull();

    assertThat(events.log).containsExactly("start 1", "end 1", "start 2", "end 2");
    assertThat(events.ends).hasSize(2);
    URI uri = URI.create(server.baseUrl() + "/v1/sessions/sid_flaky");
    for (int i = 0; i < 2; i++) {
      RequestAttempt attempt = events.starts.get(i);
      assertThat(attempt.operation()).isEqualTo("getSession");
      assertThat(attempt.method()).isEqualTo(HttpMethod.GET);
      assertThat(attempt.pathTemplate()).isEqualTo("/v1/sessions/{sessionId}");
      assertThat(attempt.uri()).isEqualTo(uri);
      assertThat(attempt.attempt()).isEqualTo(i + 1);
      assertThat(attempt.startedAt()).isBetween(before, after);
      assertThat(events.ends.get(i).attempt()).isSameAs(attempt);
    }

    AttemptOutcome first = events.ends.get(0).outcome();
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.requestId()).isEqualTo("req_attempt_1");
    assertThat(first.error()).isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(first.willRetry()).isTrue();
    assertThat(first.duration()).isPositive().isLessThanOrEqualTo(Duration.between(before, after));

    AttemptOutcome second = events.ends.get(1).outcome();
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.requestId()).isEqualTo("req_attempt_2");
    assertThat(second.error()).isNull();
    assertThat(second.willRetry()).isFalse();
    assertThat(second.duration()).isPositive();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void outcomesWithoutAResponseOrWithoutARequestIdHeader(CallMode mode) throws Exception {
    RecordingListener listener = new RecordingListener();
    try (TripwireClient client = client(listener).build()) {
      Throwable missing = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_missing"), a -> a.sessions().get("sid_missing")));
      assertThat(missing).isInstanceOf(NotFoundException.class);
      mode.call(client, c -> c.sessions().list(SessionListParams.builder().limit(5).search("a b").build()),
          a -> a.sessions().list(SessionListParams.builder().limit(5).search("a b").build()));
    }
    List<RecordingListener.Ended> ended = listener.ended();
    assertThat(ended).hasSize(2);

    AttemptOutcome notFound = ended.get(0).outcome();
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.requestId()).as("from the error body").isEqualTo("req_0123456789abcdef0123456789abcdef");
    assertThat(notFound.error()).isInstanceOf(NotFoundException.class);
    assertThat(notFound.willRetry()).isFalse();

    RequestAttempt list = ended.get(1).attempt();
    assertThat(list.operation()).isEqualTo("listSessions");
    assertThat(list.pathTemplate()).isEqualTo("/v1/sessions");
    assertThat(list.uri().getRawQuery()).isEqualTo("limit=5&search=a%20b");
    assertThat(ended.get(1).outcome().requestId()).isEqualTo("req_loopback");

    // No response at all: no status, no request id, the connection error.
    RecordingListener refusedListener = new RecordingListener();
    try (TripwireClient refused =
        client(refusedListener).baseUrl(RawSocketServer.refusingUri("").toString()).retryPolicy(RETRIES).build()) {
      Throwable thrown = catchThrowable(() -> mode.call(refused, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")));
      assertThat(thrown).isInstanceOf(TripwireConnectionException.class);
    }
    assertThat(refusedListener.ended()).hasSize(3).allSatisfy(e -> {
      assertThat(e.outcome().status()).isNull();
      assertThat(e.outcome().requestId()).isNull();
      assertThat(e.outcome().error()).isInstanceOf(TripwireConnectionException.class);
    });
    assertThat(refusedListener.ended()).extracting(e -> e.outcome().willRetry()).containsExactly(true, true, false);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aListenerThatThrowsDoesNotChangeTheOutcome(CallMode mode) {
    RequestListener throwing =
        new RequestListener() {
          @Override
          public void onAttemptStart(RequestAttempt attempt) {
            throw new IllegalStateException("broken metrics on start");
          }

          @Override
          public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
            throw new IllegalStateException("broken metrics on end");
          }
        };
    RecordingListener after = new RecordingListener();
    try (LogCapture log = new LogCapture();
        TripwireClient client = client(throwing).listener(after).retryPolicy(RETRIES).build()) {
      SessionDetail session = mode.call(client, c -> c.sessions().get("sid_flaky"), a -> a.sessions().get("sid_flaky"));
      assertThat(session).isNotNull();
      Throwable missing = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_missing"), a -> a.sessions().get("sid_missing")));
      assertThat(missing).isInstanceOf(NotFoundException.class).hasNoSuppressedExceptions();

      // The listener after the throwing one still saw everything: 503, 200, 404.
      assertThat(after.ended()).extracting(e -> e.outcome().status()).containsExactly(503, 200, 404);
      assertThat(server.count()).isEqualTo(3);
      assertThat(log.records("com.tripwirejs.http"))
          .filteredOn(r -> r.getLevel() == java.util.logging.Level.WARNING)
          .hasSize(6)
          .allSatisfy(r -> assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class));
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aMetricsListenerCountsCallsByOperationAndStatus(CallMode mode) {
    Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    RequestListener metrics =
        new RequestListener() {
          @Override
          public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
            String key = attempt.operation() + " " + (outcome.status() == null ? "none" : outcome.status());
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
          }
        };
    try (TripwireClient client = client(metrics).retryPolicy(RETRIES).build()) {
      mode.call(client, c -> c.sessions().get("sid_flaky"), a -> a.sessions().get("sid_flaky"));
      for (int i = 0; i < 3; i++) {
        mode.call(client, c -> c.sessions().list(), a -> a.sessions().list());
      }
      catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_missing"), a -> a.sessions().get("sid_missing")));
    }
    assertThat(counts).hasSize(4);
    assertThat(counts.get("getSession 503").sum()).isEqualTo(1);
    assertThat(counts.get("getSession 200").sum()).isEqualTo(1);
    assertThat(counts.get("getSession 404").sum()).isEqualTo(1);
    assertThat(counts.get("listSessions 200").sum()).isEqualTo(3);
  }

  private TripwireClient.Builder client(RequestListener listener) {
    return TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_listeners").listener(listener);
  }

  /** Records starts and ends in one sequence. */
  private static final class Events implements RequestListener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<RequestAttempt> starts = new CopyOnWriteArrayList<>();
    final List<RecordingListener.Ended> ends = new CopyOnWriteArrayList<>();

    @Override
    public void onAttemptStart(RequestAttempt attempt) {
      log.add("start " + attempt.attempt());
      starts.add(attempt);
    }

    @Override
    public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
      log.add("end " + attempt.attempt());
      ends.add(new RecordingListener.Ended(attempt, outcome, Thread.currentThread().getName()));
    }
  }
}
