package com.tripwirejs.api.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LogCapture;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.api.support.RecordingListener;
import com.tripwirejs.api.support.TransportKind;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.testkit.RawSocketServer;
import com.tripwirejs.model.Secret;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With a distinctive secret key, every call the SDK can make goes
 * through success, error statuses, retries, timeouts, refused connections, invalid bodies,
 * configuration errors and a failing listener, on both transports, blocking and non-blocking,
 * with the SDK's log turned up to its finest level. Then nothing the SDK produced contains a
 * secret: no log line (stack traces included), no exception (message, causes, suppressed), no
 * {@code toString()} of the client, its options, requests, responses, headers, attempts or results.
 * The server did receive the secrets, so the test looks where they could have gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsNeverLeakTest {

  private static final String SECRET_KEY = "sk_live_S3cr3tK3yQz9w8e7r6t5y";

  /** Distinctive parts: a leak of part of a secret counts too. */
  private static final List<String> MARKERS =
      List.of(SECRET_KEY, "S3cr3tK3y", "Qz9w8e7r6t5y");

  private Fixtures fixtures;
  private LoopbackApi server;

  @BeforeAll
  void start() {
    fixtures = Fixtures.current();
    server = new LoopbackApi();
    byte[] session = fixtures.bytes("api/sessions/detail.json");
    byte[] unauthorized = fixtures.bytes("errors/invalid-api-key.json");
    server.answer(
        request -> {
          String path = request.rawPath();
          switch (path) {
            case "/v1/sessions/sid_ok":
              return Reply.json(200, session);
            case "/v1/sessions/sid_unauthorized":
              return Reply.json(401, unauthorized);
            case "/v1/sessions/sid_unavailable":
              return Reply.json(503, "{\"error\":{\"code\":\"server.unavailable\",\"message\":\"Try later\",\"status\":503,\"retryable\":true,\"request_id\":\"req_1\"}}");
            case "/v1/sessions/sid_garbage":
              return Reply.json(200, "<html>not json</html>");
            case "/v1/sessions/sid_slow":
              sleep(1500);
              return Reply.json(200, session);
            case "/v1/sessions/sid_options":
              return request.queryParameter("fail") != null ? Reply.json(500, "{}") : Reply.json(200, session);
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

  static Stream<Arguments> transportsAndModes() {
    return Stream.of(TransportKind.values())
        .flatMap(t -> Stream.of(CallMode.values()).map(m -> Arguments.of(t, m)));
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void noSecretAppearsInLogsExceptionsOrToString(TransportKind kind, CallMode mode) throws Exception {
    server.clear();
    List<String> texts = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    RecordingListener listener = new RecordingListener();
    RequestListener throwing =
        new RequestListener() {
          @Override
          public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
            throw new IllegalStateException("listener failed on " + attempt.uri());
          }
        };

    try (LogCapture log = new LogCapture();
        RecordingTransport transport = new RecordingTransport(kind.create())) {
      TripwireClient.Builder builder =
          TripwireClient.builder()
              .baseUrl(server.baseUrl())
              .secretKey(SECRET_KEY)
              .environment(name -> null)
              .transport(transport)
              .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(5)).jitter(0).build())
              .listener(listener)
              .listener(throwing);
      texts.add(builder.toString());
      try (TripwireClient client = builder.build()) {
        TripwireClient withOptions =
            client.withOptions(RequestOptions.builder().header("X-Trace", "t1").queryParameter("fail", "1").build());
        texts.add(client.toString());
        texts.add(client.async().toString());
        texts.add(withOptions.toString());

        texts.add(String.valueOf((Object) mode.call(client, c -> c.sessions().get("sid_ok"), a -> a.sessions().get("sid_ok"))));

        List<Supplier<Object>> failing =
            List.of(
                () -> mode.call(client, c -> c.sessions().get("sid_unauthorized"), a -> a.sessions().get("sid_unauthorized")),
                () -> mode.call(client, c -> c.sessions().get("sid_unavailable"), a -> a.sessions().get("sid_unavailable")),
                () -> mode.call(client, c -> c.sessions().get("sid_garbage"), a -> a.sessions().get("sid_garbage")),
                () -> mode.call(
                    client.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build()),
                    c -> c.sessions().get("sid_slow"),
                    a -> a.sessions().get("sid_slow")),
                () -> mode.call(withOptions, c -> c.sessions().get("sid_options"), a -> a.sessions().get("sid_options")),
                // Header values HTTP cannot carry, holding a secret.
                () -> RequestOptions.builder().header("X-Upstream-Auth", SECRET_KEY + "€"),
                () -> RequestOptions.builder().header("X-Upstream-Auth", SECRET_KEY + "\r\nX-Injected: 1"));
        for (Supplier<Object> call : failing) {
          try {
            call.get();
            throw new AssertionError("The call should have failed");
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      }
      for (String key : List.of(SECRET_KEY + " ", SECRET_KEY + "\r\n", "é" + SECRET_KEY)) {
        try (TripwireClient bad = TripwireClient.builder().baseUrl(server.baseUrl()).secretKey(key).transport(transport).build()) {
          failures.add(catchFailure(() -> mode.call(bad, c -> c.sessions().get("sid_ok"), a -> a.sessions().get("sid_ok"))));
        }
      }
      try (HttpTransport refusedTransport = kind.create();
          TripwireClient refused =
              TripwireClient.builder()
                  .baseUrl(RawSocketServer.refusingUri("").toString())
                  .secretKey(SECRET_KEY)
                  .transport(refusedTransport)
                  .build()) {
        failures.add(catchFailure(() -> mode.call(refused, c -> c.sessions().get("sid_ok"), a -> a.sessions().get("sid_ok"))));
      }
      try (TripwireClient noKey = TripwireClient.builder().baseUrl(server.baseUrl()).environment(name -> null).transport(transport).build()) {
        failures.add(catchFailure(() -> mode.call(noKey, c -> c.sessions().get("sid_ok"), a -> a.sessions().get("sid_ok"))));
      }

      for (Throwable failure : failures) {
        texts.add(failure.toString());
        texts.add(LogCapture.stackTrace(failure));
      }
      for (TransportRequest request : transport.requests) {
        texts.add(request.toString());
        texts.add(request.headers().toString());
      }
      for (TransportResponse response : transport.responses) {
        texts.add(response.toString());
        texts.add(response.headers().toString());
      }
      for (RecordingListener.Ended ended : listener.ended()) {
        texts.add(ended.attempt().toString());
        texts.add(ended.outcome().toString());
      }
      texts.add(Secret.of(SECRET_KEY).toString());
      texts.add(transport.toString());
      texts.addAll(log.lines());

      // The log did record the attempts, retries and the failing listener, at DEBUG and WARNING.
      List<String> lines = log.lines();
      assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("FINE com.tripwirejs.http: GET /v1/sessions/sid_ok -> 200"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("/v1/sessions/sid_unavailable -> 503").contains("retrying in"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("/v1/sessions/sid_options?fail=1 -> 500"));
      assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("WARNING com.tripwirejs.http: Request listener"));
    }

    // The secrets were really used, and went only where they belong.
    List<Received> received = server.received();
    assertThat(received).anySatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + SECRET_KEY));
    assertThat(failures).hasSize(12);

    for (String text : texts) {
      for (String marker : MARKERS) {
        assertThat(text).as("something the SDK produced").doesNotContain(marker);
      }
    }
  }

  private static Throwable catchFailure(Supplier<Object> call) {
    try {
      call.get();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("The call should have failed");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Passes calls to a transport, keeping every request and response. */
  private static final class RecordingTransport implements HttpTransport {
    final HttpTransport delegate;
    final List<TransportRequest> requests = new CopyOnWriteArrayList<>();
    final List<TransportResponse> responses = new CopyOnWriteArrayList<>();

    RecordingTransport(HttpTransport delegate) {
      this.delegate = delegate;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
      requests.add(request);
      TransportResponse response = delegate.execute(request);
      responses.add(response);
      return response;
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
      requests.add(request);
      return delegate.executeAsync(request, executor).thenApply(response -> {
        responses.add(response);
        return response;
      });
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
