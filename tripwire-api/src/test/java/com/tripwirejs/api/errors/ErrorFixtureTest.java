package com.tripwirejs.api.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.MockTripwireServer;
import com.tripwirejs.api.support.TransportKind;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.error.AuthenticationException;
import com.tripwirejs.http.error.BadRequestException;
import com.tripwirejs.http.error.ClientErrorException;
import com.tripwirejs.http.error.ConflictException;
import com.tripwirejs.http.error.GoneException;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.PermissionDeniedException;
import com.tripwirejs.http.error.RateLimitException;
import com.tripwirejs.http.error.ServerException;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.http.error.UnprocessableEntityException;
import com.tripwirejs.model.error.ApiErrorEnvelope;
import com.tripwirejs.model.error.ApiFieldIssue;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.TripwireSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error fixture of every configured generation of the contract (through {@code
 * fixtures/manifest.json}; Gate's are the Gate module's), served by a real HTTP
 * server for the operation the manifest names, becomes the exception of its status with every
 * field taken from the response: on both transports, blocking and non-blocking, with the request
 * id in the {@code x-request-id} header and without it (then the body's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorFixtureTest {

  private static final String HEADER_REQUEST_ID = "req_from_the_header_0123456789";

  /** The operations the manifest's error fixtures belong to, with a concrete path. */
  private static final Map<String, Operation> OPERATIONS =
      Map.of(
          "get /v1/sessions",
          new Operation("/v1/sessions", c -> c.sessions().list(), a -> a.sessions().list()),
          "get /v1/sessions/{sessionId}",
          new Operation(
              "/v1/sessions/sid_0123456789abcdefghjkmnpqrs",
              c -> c.sessions().get("sid_0123456789abcdefghjkmnpqrs"),
              a -> a.sessions().get("sid_0123456789abcdefghjkmnpqrs")),
          "patch /v1/sessions/{sessionId}",
          new Operation(
              "/v1/sessions/sid_0123456789abcdefghjkmnpqrs",
              c -> c.sessions().attachClientUser("sid_0123456789abcdefghjkmnpqrs", "user_123"),
              a -> a.sessions().attachClientUser("sid_0123456789abcdefghjkmnpqrs", "user_123")));

  private MockTripwireServer api;

  @BeforeAll
  void start() {
    api = MockTripwireServer.shared();
  }

  @TestFactory
  Stream<DynamicTest> everyGenerationHasErrorFixturesForEveryKindOfFieldThisSuiteChecks() {
    return Fixtures.configured().stream()
        .map(
            fixtures ->
                DynamicTest.dynamicTest(
                    fixtures.toString(),
                    () -> {
                      List<TripwireSpec.FixtureEntry> errors = errorFixtures(fixtures);
                      assertThat(errors).hasSizeGreaterThanOrEqualTo(4);
                      assertThat(errors).extracting(TripwireSpec.FixtureEntry::status).contains(401, 404, 422);
                      // At least one has field errors and one has a docs URL, so that both are really checked.
                      assertThat(errors)
                          .anySatisfy(e -> assertThat(fixtures.spec().fixture(e.file()).at("/error/details/fields")).isNotEmpty())
                          .anySatisfy(e -> assertThat(fixtures.spec().fixture(e.file()).at("/error/docs_url").isTextual()).isTrue());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyErrorFixtureOfEveryGenerationMapsToItsExceptionWithEveryField() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Fixtures fixtures : Fixtures.configured()) {
      for (TripwireSpec.FixtureEntry entry : errorFixtures(fixtures)) {
        for (TransportKind transport : TransportKind.values()) {
          for (CallMode mode : CallMode.values()) {
            for (boolean headerId : new boolean[] {true, false}) {
              tests.add(
                  DynamicTest.dynamicTest(
                      fixtures + " " + entry.file() + " on " + transport + " " + mode
                          + (headerId ? " with" : " without") + " x-request-id",
                      () -> check(fixtures, entry, transport, mode, headerId)));
            }
          }
        }
      }
    }
    return tests.stream();
  }

  /**
   * Each status family has its own exception type, whatever the body; the code, message and the
   * other fields still come from the body.
   */
  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503, 504})
  void everyStatusFamilyHasItsExceptionType(int status) throws Exception {
    byte[] body = Fixtures.current().bytes("errors/not-found.json");
    api.reset();
    api.mock()
        .when(request().withPath("/v1/sessions/sid_status"))
        .respond(
            response()
                .withStatusCode(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", "7")
                .withBody(body));

    Throwable thrown;
    try (HttpTransport transport = TransportKind.APACHE.create();
        TripwireClient client = api.client(transport).build()) {
      thrown = catchThrowable(() -> client.sessions().get("sid_status"));
    }

    assertThat(thrown).isExactlyInstanceOf(expectedType(status));
    TripwireApiException error = (TripwireApiException) thrown;
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.code()).isEqualTo("request.not_found");
    assertThat(error.requestId()).isEqualTo("req_0123456789abcdef0123456789abcdef");
    assertThat(error.retryable()).isFalse();
    if (status == 429) {
      assertThat(((RateLimitException) error).retryAfter()).contains(Duration.ofSeconds(7));
    }
    assertThat(api.received()).hasSize(1);
  }

  private void check(
      Fixtures fixtures, TripwireSpec.FixtureEntry entry, TransportKind transport, CallMode mode, boolean headerId)
      throws Exception {
    String key = entry.method() + " " + entry.path();
    Operation operation = OPERATIONS.get(key);
    assertThat(operation).as("a call for the error fixture's operation " + key).isNotNull();
    byte[] body = fixtures.bytes(entry.file());
    JsonNode expected = fixtures.spec().fixture(entry.file()).get("error");

    api.reset();
    org.mockserver.model.HttpResponse answer =
        response()
            .withStatusCode(entry.status())
            .withHeader("Content-Type", "application/json")
            .withHeader("X-Extra", "kept")
            .withBody(body);
    if (headerId) {
      answer = answer.withHeader("x-request-id", HEADER_REQUEST_ID);
    }
    api.mock()
        .when(request().withMethod(entry.method().toUpperCase()).withPath(operation.path()))
        .respond(answer);

    Throwable thrown;
    try (HttpTransport sender = transport.create();
        TripwireClient client = api.client(sender).build()) {
      thrown = catchThrowable(() -> mode.call(client, operation.blocking(), operation.nonBlocking()));
    }

    assertThat(api.received()).as("requests the server received").hasSize(1);
    assertThat(thrown).isExactlyInstanceOf(expectedType(entry.status()));
    TripwireApiException error = (TripwireApiException) thrown;
    String requestId = headerId ? HEADER_REQUEST_ID : expected.get("request_id").asText();

    assertThat(error.status()).isEqualTo(entry.status()).isEqualTo(expected.get("status").asInt());
    assertThat(error.code()).isEqualTo(expected.get("code").asText());
    assertThat(error.apiMessage()).isEqualTo(expected.get("message").asText());
    assertThat(error.requestId()).isEqualTo(requestId);
    assertThat(error.retryable()).isEqualTo(expected.get("retryable").asBoolean());
    assertThat(error.docsUrl())
        .isEqualTo(expected.has("docs_url") ? expected.get("docs_url").asText() : null);
    assertThat(fieldErrors(error.fieldErrors())).isEqualTo(fieldErrors(expected.at("/details/fields")));
    assertThat(error.headers().first("X-Extra")).isEqualTo("kept");
    assertThat(error.headers().first("content-type")).startsWith("application/json");
    assertThat(error.headers().first("x-request-id")).isEqualTo(headerId ? HEADER_REQUEST_ID : null);
    assertThat(error.rawBody()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    assertThat(error.error()).isEqualTo(TripwireJson.read(body, ApiErrorEnvelope.class).error());
    assertThat(error.getMessage())
        .contains("HTTP " + entry.status(), error.code(), error.apiMessage(), requestId);
    for (ApiFieldIssue field : error.fieldErrors()) {
      assertThat(error.getMessage()).contains(field.name(), field.issue());
    }
  }

  /** The error fixtures of a generation, without Gate's, which the Gate module tests. */
  private static List<TripwireSpec.FixtureEntry> errorFixtures(Fixtures fixtures) {
    return fixtures.spec().manifest().stream()
        .filter(e -> e.file().startsWith("errors/") && !e.path().startsWith("/v1/gate"))
        .toList();
  }

  /** Field issues as plain values, from the exception or from the fixture's JSON. */
  private static List<List<String>> fieldErrors(List<ApiFieldIssue> issues) {
    List<List<String>> values = new ArrayList<>();
    for (ApiFieldIssue issue : issues) {
      values.add(
          java.util.Arrays.asList(
              issue.name(), issue.issue(), issue.expected(), issue.received() == null ? null : issue.received().asText()));
    }
    return values;
  }

  private static List<List<String>> fieldErrors(JsonNode fields) {
    List<List<String>> values = new ArrayList<>();
    for (JsonNode field : fields) {
      values.add(
          java.util.Arrays.asList(
              field.get("name").asText(),
              field.get("issue").asText(),
              field.has("expected") ? field.get("expected").asText() : null,
              field.has("received") ? field.get("received").asText() : null));
    }
    return values;
  }

  private static Class<? extends TripwireApiException> expectedType(int status) {
    switch (status) {
      case 400:
        return BadRequestException.class;
      case 401:
        return AuthenticationException.class;
      case 403:
        return PermissionDeniedException.class;
      case 404:
        return NotFoundException.class;
      case 409:
        return ConflictException.class;
      case 410:
        return GoneException.class;
      case 422:
        return UnprocessableEntityException.class;
      case 429:
        return RateLimitException.class;
      default:
        return status >= 500 ? ServerException.class : ClientErrorException.class;
    }
  }

  private record Operation(
      String path,
      Function<TripwireClient, Object> blocking,
      Function<TripwireAsyncClient, CompletableFuture<?>> nonBlocking) {}
}
