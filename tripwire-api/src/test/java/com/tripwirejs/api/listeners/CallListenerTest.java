package com.tripwirejs.api.listeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LogCapture;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.CallListener;
import com.tripwirejs.http.CallOutcome;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestCall;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.http.error.TripwireInvalidResponseException;
import com.tripwirejs.model.session.SessionDetail;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The call level of {@link RequestListener}: {@code onCallStart} once per call on the caller's
 * thread, blocking or not; the {@link CallListener} it returns sees that call's attempts and then
 * its outcome exactly once, before the caller gets the result; failures before the first attempt,
 * unreadable responses and cancellations are outcomes too; a listener that throws changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallListenerTest {

  private static final RetryPolicy RETRIES =
      RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).jitter(0).build();

  private LoopbackApi server;
  private final AtomicInteger flaky = new AtomicInteger();

  @BeforeAll
  void start() {
    Fixtures fixtures = Fixtures.current();
    byte[] session = fixtures.bytes("api/sessions/detail.json");
    byte[] notFound = fixtures.bytes("errors/not-found.json");
    server = new LoopbackApi();
    server.answer(
        request -> {
          switch (request.rawPath()) {
            case "/v1/sessions/sid_flaky":
              int attempt = flaky.incrementAndGet();
              Reply reply = attempt == 1 ? Reply.json(503, "{}") : Reply.json(200, session);
              return new Reply(reply.status(), Map.of("Content-Type", "application/json", "x-request-id", "req_attempt_" + attempt), reply.body());
            case "/v1/sessions/sid_ok":
              return Reply.json(200, session);
            case "/v1/sessions/sid_garbled":
              return Reply.json(200, "<html>not json</html>");
            case "/v1/sessions/sid_slow":
              try {
                Thread.sleep(3_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Reply.json(200, session);
            default:
              return new Reply(404, Map.of("Content-Type", "application/json"), notFound);
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
  void aCallStartsOnTheCallersThreadAndEndsOnceAfterItsAttempts(CallMode mode) {
    Calls calls = new Calls();
    Instant before = Instant.now();
    SessionDetail session;
    try (TripwireClient client = client(calls).retryPolicy(RETRIES).build()) {
      session = mode.call(client, c -> c.sessions().get("sid_flaky"), a -> a.sessions().get("sid_flaky"));
      calls.log.add("returned");
    }
    assertThat(session).isNotNull();

    assertThat(calls.log)
        .containsExactly(
            "call start on " + Thread.currentThread().getName(),
            "attempt start 1",
            "attempt end 1 503",
            "attempt start 2",
            "attempt end 2 200",
            "call end",
            "returned");
    RequestCall call = calls.started.get(0);
    assertThat(call.operation()).isEqualTo("getSession");
    assertThat(call.method()).isEqualTo(HttpMethod.GET);
    assertThat(call.pathTemplate()).isEqualTo("/v1/sessions/{sessionId}");
    assertThat(call.uri()).isEqualTo(URI.create(server.baseUrl() + "/v1/sessions/sid_flaky"));
    assertThat(call.async()).isEqualTo(mode == CallMode.NON_BLOCKING);
    assertThat(call.startedAt()).isBetween(before, Instant.now());

    CallOutcome outcome = calls.ended.get(0);
    assertThat(outcome.status()).isEqualTo(200);
    assertThat(outcome.requestId()).isEqualTo("req_attempt_2");
    assertThat(outcome.error()).isNull();
    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(outcome.retried()).isTrue();
    assertThat(outcome.cancelled()).isFalse();
    assertThat(outcome.duration()).isPositive();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void failuresAreOutcomes(CallMode mode) {
    Calls calls = new Calls();
    try (TripwireClient client = client(calls).build()) {
      Throwable missing = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_missing"), a -> a.sessions().get("sid_missing")));
      assertThat(missing).isInstanceOf(NotFoundException.class);
      Throwable garbled = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_garbled"), a -> a.sessions().get("sid_garbled")));
      assertThat(garbled).isInstanceOf(TripwireInvalidResponseException.class);
      assertThat(calls.ended).hasSize(2);
      assertThat(calls.ended.get(0).error()).isSameAs(missing);
      assertThat(calls.ended.get(0).status()).isEqualTo(404);
      assertThat(calls.ended.get(0).attempts()).isEqualTo(1);
      assertThat(calls.ended.get(1).error()).as("a response that cannot be read fails the call").isSameAs(garbled);
      assertThat(calls.ended.get(1).status()).isEqualTo(200);
    }

    Calls noKey = new Calls();
    try (TripwireClient client =
        TripwireClient.builder().baseUrl(server.baseUrl()).environment(name -> null).listener(noKey).build()) {
      Throwable thrown = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_ok"), a -> a.sessions().get("sid_ok")));
      assertThat(thrown).isInstanceOf(TripwireConfigurationException.class);
    }
    assertThat(noKey.log).containsExactly("call start on " + Thread.currentThread().getName(), "call end");
    assertThat(noKey.ended.get(0).attempts()).isZero();
    assertThat(noKey.ended.get(0).status()).isNull();
    assertThat(noKey.ended.get(0).error()).isInstanceOf(TripwireConfigurationException.class);
    assertThat(server.count()).isEqualTo(2);
  }

  @Test
  void aCancelledCallEndsCancelledOnce() throws Exception {
    Calls calls = new Calls();
    try (TripwireClient client = client(calls).build()) {
      CompletableFuture<SessionDetail> future = client.async().sessions().get("sid_slow");
      Thread.sleep(100);
      future.cancel(true);
      assertThat(catchThrowable(future::join)).isInstanceOf(CancellationException.class);
    }
    assertThat(calls.ended).hasSize(1);
    assertThat(calls.ended.get(0).cancelled()).isTrue();
    assertThat(calls.ended.get(0).status()).isNull();
    assertThat(calls.log).endsWith("attempt end 1 null", "call end");
  }

  @Test
  void theFutureCompletesAfterTheCallEnded() {
    Calls calls = new Calls();
    try (TripwireClient client = client(calls).build()) {
      client.async().sessions().get("sid_ok").thenRun(() -> calls.log.add("completed")).join();
    }
    assertThat(calls.log).endsWith("call end", "completed");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aListenerThatThrowsChangesNothing(CallMode mode) {
    RequestListener throwingStart =
        new RequestListener() {
          @Override
          public CallListener onCallStart(RequestCall call) {
            throw new IllegalStateException("broken on call start");
          }
        };
    RequestListener throwingCall =
        new RequestListener() {
          @Override
          public CallListener onCallStart(RequestCall call) {
            return new CallListener() {
              @Override
              public void onAttemptStart(RequestAttempt attempt) {
                throw new IllegalStateException("broken on attempt start");
              }

              @Override
              public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
                throw new IllegalStateException("broken on attempt end");
              }

              @Override
              public void onCallEnd(CallOutcome outcome) {
                throw new IllegalStateException("broken on call end");
              }
            };
          }
        };
    Calls after = new Calls();
    try (LogCapture log = new LogCapture();
        TripwireClient client =
            client(throwingStart).listener(throwingCall).listener(after).retryPolicy(RETRIES).build()) {
      SessionDetail session = mode.call(client, c -> c.sessions().get("sid_flaky"), a -> a.sessions().get("sid_flaky"));
      assertThat(session).isNotNull();
      assertThat(after.ended).hasSize(1);
      assertThat(after.ended.get(0).attempts()).isEqualTo(2);
      // start; 2 x (attempt start, attempt end); call end
      assertThat(log.records("com.tripwirejs.http"))
          .filteredOn(r -> r.getLevel() == java.util.logging.Level.WARNING)
          .hasSize(6)
          .allSatisfy(r -> assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class));
    }
  }

  private TripwireClient.Builder client(RequestListener listener) {
    return TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_calls").listener(listener);
  }

  /** Records call starts, the call's attempts and ends in one sequence. */
  private static final class Calls implements RequestListener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<RequestCall> started = new CopyOnWriteArrayList<>();
    final List<CallOutcome> ended = new CopyOnWriteArrayList<>();

    @Override
    public CallListener onCallStart(RequestCall call) {
      log.add("call start on " + Thread.currentThread().getName());
      started.add(call);
      return new CallListener() {
        @Override
        public void onAttemptStart(RequestAttempt attempt) {
          log.add("attempt start " + attempt.attempt());
        }

        @Override
        public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
          log.add("attempt end " + attempt.attempt() + " " + outcome.status());
        }

        @Override
        public void onCallEnd(CallOutcome outcome) {
          log.add("call end");
          ended.add(outcome);
        }
      };
    }
  }
}
