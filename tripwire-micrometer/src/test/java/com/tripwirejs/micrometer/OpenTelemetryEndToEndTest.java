package com.tripwirejs.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.micrometer.Clients.Transport;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerifier;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End to end through Micrometer Tracing's OpenTelemetry bridge into an in-memory span exporter: a
 * blocking call, a non-blocking call and a retried call, each under the application's span, give
 * a call span under it and one attempt span per attempt under the call span, with their tags as
 * span attributes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenTelemetryEndToEndTest {

  private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");
  private static final AttributeKey<String> STATUS = AttributeKey.stringKey("status");
  private static final AttributeKey<String> RETRIED = AttributeKey.stringKey("retried");
  private static final AttributeKey<String> RETRY = AttributeKey.stringKey("retry");
  private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("operation");
  private static final AttributeKey<String> URI = AttributeKey.stringKey("uri");
  private static final AttributeKey<String> ERROR_CODE = AttributeKey.stringKey("error.code");
  private static final String CALL = "getSession";
  private static final String ATTEMPT = "GET /v1/sessions/{sessionId}";

  private FakeTripwire fake;
  private String sessionId;
  private InMemorySpanExporter spans;
  private SdkTracerProvider tracerProvider;
  private ObservationRegistry registry;

  @BeforeAll
  void startFake() {
    fake = FakeTripwire.start();
    sessionId = fake.sessionIds().get(0);
  }

  @AfterAll
  void stopFake() {
    if (fake != null) {
      fake.close();
    }
  }

  @BeforeEach
  void tracing() {
    spans = InMemorySpanExporter.create();
    tracerProvider =
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    OtelTracer tracer =
        new OtelTracer(
            tracerProvider.get("tripwire-micrometer-test"), new OtelCurrentTraceContext(), event -> {});
    registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
  }

  @AfterEach
  void closeTracing() {
    if (tracerProvider != null) {
      tracerProvider.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void blockingAsyncAndRetriedCallsNestUnderTheCallersSpan(Transport kind) throws Exception {
    HttpTransport transport = kind.create();
    try (FlakyProxy flaky = new FlakyProxy(fake.baseUrl(), 1, 50);
        TripwireClient client = client(transport, fake.baseUrl().toString());
        TripwireClient retrying = client(transport, flaky.baseUrl())) {
      String blocking = inSpan("blocking", () -> client.sessions().get(sessionId));
      String async =
          inSpan(
              "async",
              () -> {
                var future = client.async().sessions().get(sessionId);
                return (Work) () -> future.get(20, TimeUnit.SECONDS);
              });
      String retried = inSpan("retried", () -> retrying.sessions().get(sessionId));

      SpanData blockingCall = onlyChild(blocking, CALL);
      assertThat(blockingCall.getAttributes().get(OUTCOME)).isEqualTo("SUCCESS");
      assertThat(blockingCall.getAttributes().get(OPERATION)).isEqualTo("getSession");
      assertThat(blockingCall.getAttributes().get(URI)).isEqualTo("/v1/sessions/{sessionId}");
      assertThat(blockingCall.getAttributes().get(RETRIED)).isEqualTo("false");
      assertThat(onlyChild(blockingCall.getSpanId(), ATTEMPT).getAttributes().get(STATUS)).isEqualTo("200");

      SpanData asyncCall = onlyChild(async, CALL);
      assertThat(asyncCall.getAttributes().get(OUTCOME)).isEqualTo("SUCCESS");
      assertThat(onlyChild(asyncCall.getSpanId(), ATTEMPT).getAttributes().get(RETRY)).isEqualTo("false");

      SpanData retriedCall = onlyChild(retried, CALL);
      assertThat(retriedCall.getAttributes().get(RETRIED)).isEqualTo("true");
      assertThat(retriedCall.getAttributes().get(STATUS)).isEqualTo("200");
      assertThat(retriedCall.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
      List<SpanData> attempts = children(retriedCall.getSpanId(), ATTEMPT);
      assertThat(attempts).hasSize(2);
      SpanData first = attempts.stream().filter(s -> "false".equals(s.getAttributes().get(RETRY))).findFirst().orElseThrow();
      SpanData second = attempts.stream().filter(s -> "true".equals(s.getAttributes().get(RETRY))).findFirst().orElseThrow();
      assertThat(first.getAttributes().get(STATUS)).isEqualTo("503");
      assertThat(first.getAttributes().get(ERROR_CODE)).isEqualTo("service.unavailable");
      assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(second.getAttributes().get(STATUS)).isEqualTo("200");
      assertThat(second.getStartEpochNanos()).isGreaterThanOrEqualTo(first.getEndEpochNanos());

      String trace = span(blocking).getTraceId();
      assertThat(blockingCall.getTraceId()).isEqualTo(trace);
      for (SpanData span : spans.getFinishedSpanItems()) {
        assertThat(span.getName()).doesNotContain(sessionId);
        span.getAttributes()
            .forEach((key, value) -> assertThat(String.valueOf(value)).doesNotContain(sessionId).doesNotContain(fake.secretKey()));
      }
    } finally {
      transport.close();
    }
  }

  @org.junit.jupiter.api.Test
  void aWebhookCheckIsASpanUnderTheReceivingRequest() throws Exception {
    String secret = "whsec_otel_test";
    String body =
        "{\"id\":\"wevt_otel_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
            + "\"created\":\"2026-06-01T00:00:00.000Z\",\"data\":{\"object\":\"webhook_test\","
            + "\"endpoint\":{\"id\":\"we_1\"}}}";
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .addSigningSecret(secret)
            .listener(new ObservationVerificationListener(registry))
            .build();
    java.util.Map<String, String> headers = WebhookSigner.of(secret).sign(body).headers();
    String request =
        inSpan(
            "http.server.requests",
            () -> {
              verifier.verify(body, headers);
              return Boolean.TRUE;
            });
    String tampered =
        inSpan(
            "tampered",
            () -> catchThrowable(() -> verifier.verify(body.replace("we_1", "we_2"), headers)));

    SpanData verified = onlyChild(request, "verify webhook");
    assertThat(verified.getAttributes().get(OUTCOME)).isEqualTo("VERIFIED");
    assertThat(verified.getAttributes().get(AttributeKey.stringKey("event.type"))).isEqualTo("webhook.test");
    SpanData rejected = onlyChild(tampered, "verify webhook");
    assertThat(rejected.getAttributes().get(OUTCOME)).isEqualTo("REJECTED");
    assertThat(rejected.getAttributes().get(AttributeKey.stringKey("reason"))).isEqualTo("SIGNATURE_MISMATCH");
    assertThat(rejected.getEvents()).as("nothing of the delivery is recorded").isEmpty();
  }

  private TripwireClient client(HttpTransport transport, String baseUrl) {
    return Clients.client(transport, baseUrl, fake.secretKey(), new ObservationRequestListener(registry))
        .retryPolicy(Clients.RETRIES)
        .build();
  }

  /** Something that gives a result, possibly later. */
  private interface Work {
    Object run() throws Exception;
  }

  /**
   * Runs {@code work} under a span of the application named {@code name}, and waits for a result
   * it hands back as a {@link Work} after the span's scope was closed.
   *
   * @return the span id of the application's span
   */
  private String inSpan(String name, Work work) throws Exception {
    Observation parent = Observation.createNotStarted(name, registry).start();
    Object result;
    try (Observation.Scope scope = parent.openScope()) {
      result = work.run();
    }
    if (result instanceof Work) {
      result = ((Work) result).run();
    }
    assertThat(result).isNotNull();
    parent.stop();
    return span(name).getSpanId();
  }

  private SpanData span(String nameOrId) {
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getName().equals(nameOrId) || s.getSpanId().equals(nameOrId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + nameOrId + " in " + spans.getFinishedSpanItems()));
  }

  private List<SpanData> children(String parentSpanId, String name) {
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getParentSpanId().equals(parentSpanId) && s.getName().equals(name))
        .toList();
  }

  private SpanData onlyChild(String parentSpanId, String name) {
    List<SpanData> found = children(parentSpanId, name);
    assertThat(found).as("%s spans under %s in %s", name, parentSpanId, spans.getFinishedSpanItems()).hasSize(1);
    return found.get(0);
  }
}
