package com.tripwirejs.api.retries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.MockTripwireServer;
import com.tripwirejs.api.support.RecordingListener;
import com.tripwirejs.api.support.TransportKind;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.error.RateLimitException;
import com.tripwirejs.http.error.ServerException;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireInvalidResponseException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import com.tripwirejs.http.testkit.RawSocketServer;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpError;
import org.mockserver.model.HttpResponse;

/**
 * Faults a real server injects (error statuses, {@code Retry-After}, resets, dropped and refused
 * connections, slow and malformed answers), each with retries off and on, blocking and
 * non-blocking. Every case counts the attempts the server saw and the attempts the listener saw,
 * and checks that a POST that may have reached the server is never sent twice.
 *
 * <p>Cases whose outcome depends on how a transport reports I/O failures run on both transports;
 * the others exercise the retry decisions, which do not depend on the transport.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionTest {

  /** Retries on, with millisecond backoffs and no jitter so that attempt counts are exact. */
  private static final RetryPolicy ON =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofMillis(10))
          .maxBackoff(Duration.ofMillis(40))
          .jitter(0)
          .build();

  /**
   * Retries on, but with a backoff longer than the call's 4 s timeout: only a {@code Retry-After}
   * shorter than what is left of the call can lead to a second attempt.
   */
  private static final RetryPolicy ONLY_RETRY_AFTER =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofSeconds(5))
          .maxBackoff(Duration.ofSeconds(5))
          .jitter(0)
          .build();

  private MockTripwireServer api;
  private Fixtures fixtures;

  @BeforeAll
  void start() {
    fixtures = Fixtures.current();
    api = MockTripwireServer.shared();
  }

  @BeforeEach
  void reset() {
    api.reset();
  }

  // ---------------------------------------------------------------------------------------------
  // Statuses and Retry-After

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void rateLimitedWithRetryAfterInSeconds(CallMode mode) {
    // Off: the 429 is the answer, with the delay the API asked for.
    answerAlways(Op.GET, tooManyRequests().withHeader("Retry-After", "1"));
    Run off = run(Op.GET, mode, RetryPolicy.none());
    assertThat(off.error).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) off.error).retryAfter()).contains(Duration.ofSeconds(1));
    off.assertAttempts(1, api.received("GET", Op.GET.path));

    // On: waits the second the API asked for, although the policy's own backoff (5 s) would not
    // fit in the call's 4 s.
    api.reset();
    answerOnce(Op.GET, tooManyRequests().withHeader("Retry-After", "1"));
    answerAlways(Op.GET, Op.GET.success(fixtures));
    Run on = run(Op.GET, mode, ONLY_RETRY_AFTER, b -> b.timeout(Duration.ofSeconds(4)));
    assertThat(on.error).isNull();
    on.assertAttempts(2, api.received("GET", Op.GET.path));
    Duration gap =
        Duration.between(on.listener.started().get(0).startedAt(), on.listener.started().get(1).startedAt());
    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(950));

    // A POST is not sent again, even when the API says when to.
    api.reset();
    answerAlways(Op.POST, tooManyRequests().withHeader("Retry-After", "0"));
    Run post = run(Op.POST, mode, ON);
    assertThat(post.error).isInstanceOf(RateLimitException.class);
    post.assertAttempts(1, api.received("POST", Op.POST.path));
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void rateLimitedWithRetryAfterAsAnHttpDate(CallMode mode) {
    // A date already past means "now": retried at once, where the 5 s backoff would not fit.
    answerOnce(Op.GET, tooManyRequests().withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
    answerAlways(Op.GET, Op.GET.success(fixtures));
    Run past = run(Op.GET, mode, ONLY_RETRY_AFTER, b -> b.timeout(Duration.ofSeconds(4)));
    assertThat(past.error).isNull();
    past.assertAttempts(2, api.received("GET", Op.GET.path));

    // A date an hour ahead is above the cap (60 s): the call ends with the 429 at once.
    api.reset();
    String inAnHour =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      api.reset();
      answerAlways(Op.GET, tooManyRequests().withHeader("Retry-After", inAnHour));
      Run future = run(Op.GET, mode, policy);
      assertThat(future.error).isInstanceOf(RateLimitException.class);
      assertThat(((RateLimitException) future.error).retryAfter())
          .hasValueSatisfying(
              delay -> assertThat(delay).isBetween(Duration.ofMinutes(58), Duration.ofMinutes(61)));
      future.assertAttempts(1, api.received("GET", Op.GET.path));
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void retryAfterAboveTheCapEndsTheCallWithTheError(CallMode mode) {
    answerAlways(Op.GET, tooManyRequests().withHeader("Retry-After", "120"));
    Run defaultCap = run(Op.GET, mode, ON);
    assertThat(defaultCap.error).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) defaultCap.error).retryAfter()).contains(Duration.ofSeconds(120));
    defaultCap.assertAttempts(1, api.received("GET", Op.GET.path));
    assertThat(defaultCap.elapsed).isLessThan(Duration.ofSeconds(10));

    api.reset();
    answerAlways(Op.GET, serverError(503, true).withHeader("Retry-After", "2"));
    RetryPolicy oneSecondCap = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).jitter(0).maxRetryAfter(Duration.ofSeconds(1)).build();
    Run customCap = run(Op.GET, mode, oneSecondCap);
    assertThat(customCap.error).isInstanceOf(ServerException.class);
    customCap.assertAttempts(1, api.received("GET", Op.GET.path));
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void serviceUnavailableThenOk(CallMode mode) {
    answerOnce(Op.GET, serverError(503, true));
    answerAlways(Op.GET, Op.GET.success(fixtures));
    Run off = run(Op.GET, mode, RetryPolicy.none());
    assertThat(off.error).isInstanceOf(ServerException.class);
    assertThat(((ServerException) off.error).status()).isEqualTo(503);
    off.assertAttempts(1, api.received("GET", Op.GET.path));

    api.reset();
    answerOnce(Op.GET, serverError(503, true));
    answerAlways(Op.GET, Op.GET.success(fixtures));
    Run on = run(Op.GET, mode, ON);
    assertThat(on.error).isNull();
    assertThat(on.result).isNotNull();
    on.assertAttempts(2, api.received("GET", Op.GET.path));
    assertThat(on.outcomes()).extracting(AttemptOutcome::status).containsExactly(503, 200);

    api.reset();
    answerOnce(Op.POST, serverError(503, true));
    answerAlways(Op.POST, Op.POST.success(fixtures));
    Run post = run(Op.POST, mode, ON);
    assertThat(post.error).isInstanceOf(ServerException.class);
    post.assertAttempts(1, api.received("POST", Op.POST.path));
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void retryableFalseInTheErrorBodyStopsRetries(CallMode mode) {
    answerAlways(Op.GET, serverError(503, false));
    Run refused = run(Op.GET, mode, ON);
    assertThat(refused.error).isInstanceOf(ServerException.class);
    assertThat(((ServerException) refused.error).retryable()).isFalse();
    refused.assertAttempts(1, api.received("GET", Op.GET.path));

    // The same answer with retryable true is retried until the attempts run out.
    api.reset();
    answerAlways(Op.GET, serverError(503, true));
    Run allowed = run(Op.GET, mode, ON);
    assertThat(allowed.error).isInstanceOf(ServerException.class);
    allowed.assertAttempts(3, api.received("GET", Op.GET.path));
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void patchIsRetriedOnlyWhenThePolicySaysSo(CallMode mode) {
    answerOnce(Op.PATCH, serverError(503, true));
    answerAlways(Op.PATCH, Op.PATCH.success(fixtures));
    Run byDefault = run(Op.PATCH, mode, ON);
    assertThat(byDefault.error).isInstanceOf(ServerException.class);
    byDefault.assertAttempts(1, api.received("PATCH", Op.PATCH.path));

    api.reset();
    answerOnce(Op.PATCH, serverError(503, true));
    answerAlways(Op.PATCH, Op.PATCH.success(fixtures));
    RetryPolicy withPatch =
        RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).jitter(0).retryPatch(true).build();
    Run retried = run(Op.PATCH, mode, withPatch);
    assertThat(retried.error).isNull();
    retried.assertAttempts(2, api.received("PATCH", Op.PATCH.path));
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void htmlBadGatewayFromAProxyKeepsItsStatus(CallMode mode) {
    String page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    HttpResponse badGateway =
        response().withStatusCode(502).withHeader("Content-Type", "text/html").withBody(page);
    answerAlways(Op.GET, badGateway);
    Run off = run(Op.GET, mode, RetryPolicy.none());
    assertThat(off.error).isExactlyInstanceOf(ServerException.class);
    ServerException error = (ServerException) off.error;
    assertThat(error.status()).isEqualTo(502);
    assertThat(error.code()).isEqualTo(TripwireApiException.REQUEST_FAILED).isEqualTo("request.failed");
    assertThat(error.apiMessage()).isEqualTo("HTTP 502");
    assertThat(error.error()).isNull();
    assertThat(error.retryable()).isNull();
    assertThat(error.requestId()).isNull();
    assertThat(error.fieldErrors()).isEmpty();
    assertThat(error.rawBody()).isEqualTo(page);
    assertThat(error.headers().first("content-type")).isEqualTo("text/html");
    assertThat(error.getMessage()).contains("502", "request.failed").doesNotContain("nginx");
    off.assertAttempts(1, api.received("GET", Op.GET.path));

    api.reset();
    answerAlways(Op.GET, badGateway);
    Run on = run(Op.GET, mode, ON);
    assertThat(on.error).isInstanceOf(ServerException.class);
    on.assertAttempts(3, api.received("GET", Op.GET.path));

    api.reset();
    answerAlways(Op.POST, badGateway);
    Run post = run(Op.POST, mode, ON);
    assertThat(post.error).isInstanceOf(ServerException.class);
    post.assertAttempts(1, api.received("POST", Op.POST.path));
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void invalidJsonOnA200IsAnErrorAndNotRetried(CallMode mode) {
    String body = "{\"data\": {\"id\": \"sid_1\", \"object\": \"session\", oops";
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      api.reset();
      answerAlways(
          Op.GET,
          response().withStatusCode(200).withHeader("Content-Type", "application/json")
              .withHeader("x-request-id", "req_invalid_json").withBody(body));
      Run run = run(Op.GET, mode, policy);
      assertThat(run.error).isInstanceOf(TripwireInvalidResponseException.class);
      TripwireInvalidResponseException error = (TripwireInvalidResponseException) run.error;
      assertThat(error.code()).isEqualTo("response.invalid_json");
      assertThat(error.status()).isEqualTo(200);
      assertThat(error.requestId()).isEqualTo("req_invalid_json");
      assertThat(error.rawBody()).isEqualTo(body);
      assertThat(error.getMessage()).doesNotContain("oops");
      run.assertAttempts(1, api.received("GET", Op.GET.path));
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void anEmpty200IsAnErrorAndNotRetried(CallMode mode) {
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      api.reset();
      answerAlways(Op.GET, response().withStatusCode(200).withHeader("x-request-id", "req_empty"));
      Run run = run(Op.GET, mode, policy);
      assertThat(run.error).isInstanceOf(TripwireInvalidResponseException.class);
      TripwireInvalidResponseException error = (TripwireInvalidResponseException) run.error;
      assertThat(error.code()).isEqualTo("response.invalid_json");
      assertThat(error.rawBody()).isEmpty();
      assertThat(error.requestId()).isEqualTo("req_empty");
      run.assertAttempts(1, api.received("GET", Op.GET.path));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // I/O failures: these depend on how each transport reports them

  static Stream<Arguments> transportsAndModes() {
    return Stream.of(TransportKind.values())
        .flatMap(t -> Stream.of(CallMode.values()).map(m -> Arguments.of(t, m)));
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void connectionResetInTheMiddleOfTheResponse(TransportKind transport, CallMode mode) throws Exception {
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      try (RawSocketServer reset = RawSocketServer.resetMidBody(2000, 10)) {
        Run run = run(Op.GET, transport, mode, policy, b -> b.baseUrl(reset.uri("").toString()));
        assertThat(run.error).isInstanceOf(TripwireConnectionException.class);
        assertThat(((TripwireConnectionException) run.error).requestMayHaveBeenSent()).isTrue();
        run.assertAttempts(policy == ON ? 3 : 1, reset.connections());
      }
    }
    try (RawSocketServer reset = RawSocketServer.resetMidBody(2000, 10)) {
      Run post = run(Op.POST, transport, mode, ON, b -> b.baseUrl(reset.uri("").toString()));
      assertThat(post.error).isInstanceOf(TripwireConnectionException.class);
      post.assertAttempts(1, reset.connections());
    }
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void connectionDroppedBeforeAnyResponse(TransportKind transport, CallMode mode) {
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      api.reset();
      api.mock().when(Op.GET.matcher()).error(HttpError.error().withDropConnection(true));
      Run run = run(Op.GET, transport, mode, policy, b -> {});
      assertThat(run.error).isInstanceOf(TripwireConnectionException.class);
      assertThat(((TripwireConnectionException) run.error).requestMayHaveBeenSent()).isTrue();
      int attempts = policy == ON ? 3 : 1;
      // The JDK's HttpClient itself sends a GET once more when the connection closes before the
      // first byte of a response (what a stale keep-alive connection looks like), and no JDK
      // setting turns that off for one client. It never does so for a POST.
      int sent = transport == TransportKind.JDK ? 2 * attempts : attempts;
      assertThat(api.received("GET", Op.GET.path)).as("requests the server received").isEqualTo(sent);
      run.assertListenerSaw(attempts);
    }
    api.reset();
    api.mock().when(Op.POST.matcher()).error(HttpError.error().withDropConnection(true));
    Run post = run(Op.POST, transport, mode, ON, b -> {});
    assertThat(post.error).isInstanceOf(TripwireConnectionException.class);
    post.assertAttempts(1, api.received("POST", Op.POST.path));
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void serverSlowerThanTheResponseTimeout(TransportKind transport, CallMode mode) {
    Consumer<TripwireClient.Builder> shortAttempts = b -> b.responseTimeout(Duration.ofMillis(150));
    HttpResponse slow = Op.GET.success(fixtures).withDelay(TimeUnit.MILLISECONDS, 2500);
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      api.reset();
      answerAlways(Op.GET, slow);
      Run run = run(Op.GET, transport, mode, policy, shortAttempts);
      assertThat(run.error).isInstanceOf(TripwireTimeoutException.class);
      TripwireTimeoutException timeout = (TripwireTimeoutException) run.error;
      assertThat(timeout.phase()).isEqualTo(TripwireTimeoutException.Phase.RESPONSE);
      assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(150));
      assertThat(timeout.requestMayHaveBeenSent()).isTrue();
      run.assertAttempts(policy == ON ? 3 : 1, api.received("GET", Op.GET.path));
    }
    api.reset();
    answerAlways(Op.POST, Op.POST.success(fixtures).withDelay(TimeUnit.MILLISECONDS, 2500));
    Run post = run(Op.POST, transport, mode, ON, shortAttempts);
    assertThat(post.error).isInstanceOf(TripwireTimeoutException.class);
    post.assertAttempts(1, api.received("POST", Op.POST.path));
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void aRefusedConnectionWasNeverSentSoEvenAPostIsRetried(TransportKind transport, CallMode mode)
      throws Exception {
    String refusing = RawSocketServer.refusingUri("").toString();
    for (RetryPolicy policy : List.of(RetryPolicy.none(), ON)) {
      for (Op op : List.of(Op.GET, Op.POST)) {
        Run run = run(op, transport, mode, policy, b -> b.baseUrl(refusing));
        assertThat(run.error).isInstanceOf(TripwireConnectionException.class);
        assertThat(((TripwireConnectionException) run.error).requestMayHaveBeenSent()).isFalse();
        run.assertAttempts(policy == ON ? 3 : 1, run.listener.started().size());
        assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.status()).isNull());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The overall timeout

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void theOverallTimeoutLeavesNoRoomForABackoffThatWouldNotFit(CallMode mode) {
    RetryPolicy longBackoff =
        RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofSeconds(3)).maxBackoff(Duration.ofSeconds(3)).jitter(0).build();
    answerAlways(Op.GET, serverError(503, true));
    Run backoff = run(Op.GET, mode, longBackoff, b -> b.timeout(Duration.ofSeconds(1)));
    assertThat(backoff.error).isInstanceOf(ServerException.class);
    backoff.assertAttempts(1, api.received("GET", Op.GET.path));
    assertThat(backoff.elapsed).isLessThan(Duration.ofMillis(2500));

    api.reset();
    answerAlways(Op.GET, serverError(503, true).withHeader("Retry-After", "5"));
    Run retryAfter = run(Op.GET, mode, ON, b -> b.timeout(Duration.ofSeconds(1)));
    assertThat(retryAfter.error).isInstanceOf(ServerException.class);
    retryAfter.assertAttempts(1, api.received("GET", Op.GET.path));
    assertThat(retryAfter.elapsed).isLessThan(Duration.ofMillis(4000));
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void theOverallTimeoutBoundsEveryAttemptAndDelay(TransportKind transport, CallMode mode) {
    // One attempt that would be allowed 5 s is cut at the call's 500 ms, and says so.
    answerAlways(Op.GET, Op.GET.success(fixtures).withDelay(TimeUnit.MILLISECONDS, 3000));
    Run cut =
        run(Op.GET, transport, mode, ON, b -> b.timeout(Duration.ofMillis(500)).responseTimeout(Duration.ofSeconds(5)));
    assertThat(cut.error).isInstanceOf(TripwireTimeoutException.class);
    TripwireTimeoutException overall = (TripwireTimeoutException) cut.error;
    assertThat(overall.phase()).isEqualTo(TripwireTimeoutException.Phase.OVERALL);
    assertThat(overall.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(overall.getMessage()).contains("overall timeout of 500 ms");
    cut.assertAttempts(1, api.received("GET", Op.GET.path));
    assertThat(cut.elapsed).isLessThan(Duration.ofMillis(2500));

    // Many short attempts: as many as fit in the call, the last cut by the time left. Without the
    // bound, 10 attempts of 300 ms would take 3 s.
    api.reset();
    answerAlways(Op.GET, Op.GET.success(fixtures).withDelay(TimeUnit.MILLISECONDS, 3000));
    RetryPolicy many = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(10)).jitter(0).build();
    Run bounded =
        run(Op.GET, transport, mode, many, b -> b.timeout(Duration.ofMillis(750)).responseTimeout(Duration.ofMillis(300)));
    assertThat(bounded.error).isInstanceOf(TripwireTimeoutException.class);
    assertThat(bounded.elapsed).isLessThan(Duration.ofMillis(2500));
    int attempts = bounded.listener.started().size();
    assertThat(attempts).isBetween(1, 3);
    bounded.assertAttempts(attempts, api.received("GET", Op.GET.path));
  }

  // ---------------------------------------------------------------------------------------------

  /** The operations the cases call: one per retry rule (GET, POST, PATCH). */
  enum Op {
    GET(
        "GET",
        "/v1/sessions/sid_fault",
        "api/sessions/detail.json",
        200,
        c -> c.sessions().get("sid_fault"),
        a -> a.sessions().get("sid_fault")),
    POST(
        "POST",
        "/v1/organizations",
        "api/organizations/organization-create.json",
        201,
        c -> c.organizations().create(newOrganization()),
        a -> a.organizations().create(newOrganization())),
    PATCH(
        "PATCH",
        "/v1/organizations/org_fault",
        "api/organizations/organization-update.json",
        200,
        c -> c.organizations().update("org_fault", rename()),
        a -> a.organizations().update("org_fault", rename()));

    final String method;
    final String path;
    final String fixture;
    final int status;
    final Function<TripwireClient, Object> blocking;
    final Function<TripwireAsyncClient, CompletableFuture<?>> nonBlocking;

    Op(
        String method,
        String path,
        String fixture,
        int status,
        Function<TripwireClient, Object> blocking,
        Function<TripwireAsyncClient, CompletableFuture<?>> nonBlocking) {
      this.method = method;
      this.path = path;
      this.fixture = fixture;
      this.status = status;
      this.blocking = blocking;
      this.nonBlocking = nonBlocking;
    }

    org.mockserver.model.HttpRequest matcher() {
      return request().withMethod(method).withPath(path);
    }

    HttpResponse success(Fixtures fixtures) {
      return response()
          .withStatusCode(status)
          .withHeader("Content-Type", "application/json")
          .withHeader("x-request-id", "req_success")
          .withBody(fixtures.bytes(fixture));
    }

    private static CreateOrganizationRequest newOrganization() {
      return CreateOrganizationRequest.builder().name("Acme").slug("acme").build();
    }

    private static UpdateOrganizationRequest rename() {
      return UpdateOrganizationRequest.builder().name("Acme Corp").build();
    }
  }

  /** What one call did. */
  private static final class Run {
    final Object result;
    final Throwable error;
    final RecordingListener listener;
    final Duration elapsed;

    Run(Object result, Throwable error, RecordingListener listener, Duration elapsed) {
      this.result = result;
      this.error = error;
      this.listener = listener;
      this.elapsed = elapsed;
    }

    List<AttemptOutcome> outcomes() {
      return listener.ended().stream().map(RecordingListener.Ended::outcome).toList();
    }

    /**
     * The server saw {@code expected} attempts, and so did the listener: each started and ended,
     * numbered from 1, every one but the last announcing a retry.
     */
    void assertAttempts(int expected, int seenByServer) {
      assertThat(seenByServer).as("attempts the server saw").isEqualTo(expected);
      assertListenerSaw(expected);
    }

    /** The listener saw {@code expected} attempts, numbered, every one but the last retried. */
    void assertListenerSaw(int expected) {
      assertThat(listener.started()).as("attempts the listener saw start").hasSize(expected);
      assertThat(listener.ended()).as("attempts the listener saw end").hasSize(expected);
      for (int i = 0; i < expected; i++) {
        assertThat(listener.started().get(i).attempt()).isEqualTo(i + 1);
        assertThat(listener.ended().get(i).outcome().willRetry())
            .as("willRetry of attempt " + (i + 1))
            .isEqualTo(i < expected - 1);
      }
    }
  }

  private Run run(Op op, CallMode mode, RetryPolicy policy) {
    return run(op, TransportKind.APACHE, mode, policy, b -> {});
  }

  private Run run(Op op, CallMode mode, RetryPolicy policy, Consumer<TripwireClient.Builder> config) {
    return run(op, TransportKind.APACHE, mode, policy, config);
  }

  /** Makes one call on a fresh client (and transport), recording its attempts. */
  private Run run(
      Op op, TransportKind transport, CallMode mode, RetryPolicy policy, Consumer<TripwireClient.Builder> config) {
    RecordingListener listener = new RecordingListener();
    try (HttpTransport sender = transport.create()) {
      TripwireClient.Builder builder = api.client(sender).retryPolicy(policy).listener(listener);
      config.accept(builder);
      try (TripwireClient client = builder.build()) {
        long started = System.nanoTime();
        Object result = null;
        Throwable error = null;
        try {
          result = mode.call(client, op.blocking, op.nonBlocking);
        } catch (RuntimeException e) {
          error = e;
        }
        return new Run(result, error, listener, Duration.ofNanos(System.nanoTime() - started));
      }
    }
  }

  private void answerOnce(Op op, HttpResponse answer) {
    api.mock().when(op.matcher(), Times.exactly(1)).respond(answer);
  }

  private void answerAlways(Op op, HttpResponse answer) {
    api.mock().when(op.matcher()).respond(answer);
  }

  private HttpResponse tooManyRequests() {
    return errorResponse(429, "rate_limit.exceeded", true);
  }

  private HttpResponse serverError(int status, boolean retryable) {
    return errorResponse(status, "server.unavailable", retryable);
  }

  /** An error envelope like the spec's, with another status, code and retryable flag. */
  private HttpResponse errorResponse(int status, String code, boolean retryable) {
    ObjectNode envelope = fixtures.tree("errors/not-found.json");
    ObjectNode error = (ObjectNode) envelope.get("error");
    error.put("status", status).put("code", code).put("retryable", retryable).put("message", "Injected " + status);
    return response()
        .withStatusCode(status)
        .withHeader("Content-Type", "application/json")
        .withBody(new String(Fixtures.write(envelope), StandardCharsets.UTF_8));
  }
}
