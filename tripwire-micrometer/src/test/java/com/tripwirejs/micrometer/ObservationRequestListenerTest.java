package com.tripwirejs.micrometer;

import static com.tripwirejs.micrometer.Clients.client;
import static com.tripwirejs.micrometer.Clients.high;
import static com.tripwirejs.micrometer.Clients.low;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.micrometer.Clients.Transport;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.testing.FakeTripwire;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Calls against the fake API, observed into a {@link TestObservationRegistry}: one observation per
 * call with one child per attempt, the caller's observation as the call's parent for blocking and
 * non-blocking calls on both transports, the tags of successes, errors and retries, and nothing of
 * an id in any tag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservationRequestListenerTest {

  private FakeTripwire fake;
  private String sessionId;
  private TestObservationRegistry registry;
  private RecordingHandler recorded;
  private final List<AutoCloseable> closing = new ArrayList<>();

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
  void newRegistry() {
    registry = TestObservationRegistry.create();
    recorded = new RecordingHandler();
    registry.observationConfig().observationHandler(recorded);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : closing) {
      resource.close();
    }
    closing.clear();
  }

  private TripwireClient client(Transport kind, String baseUrl) {
    return client(kind, baseUrl, new ObservationRequestListener(registry));
  }

  private TripwireClient client(Transport kind, String baseUrl, ObservationRequestListener listener) {
    HttpTransport transport = kind.create();
    TripwireClient client =
        Clients.client(transport, baseUrl, fake.secretKey(), listener)
            .retryPolicy(Clients.RETRIES)
            .build();
    closing.add(client);
    closing.add(transport);
    return client;
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aBlockingCallIsTheChildOfTheCallersObservationAndTheParentOfItsAttempt(Transport kind) {
    TripwireClient client = client(kind, fake.baseUrl().toString());
    Observation parent = Observation.start("checkout", registry);
    SessionDetail session;
    try (Observation.Scope scope = parent.openScope()) {
      session = client.sessions().get(sessionId);
    }
    parent.stop();
    assertThat(session.id()).isEqualTo(sessionId);

    Observation.Context call = only(DefaultTripwireCallObservationConvention.NAME);
    assertThat(call.getParentObservation().getContextView()).isSameAs(parent.getContext());
    assertThat(call.getContextualName()).isEqualTo("getSession");
    assertThat(low(call))
        .containsOnly(
            entry("operation", "getSession"),
            entry("method", "GET"),
            entry("uri", "/v1/sessions/{sessionId}"),
            entry("status", "200"),
            entry("outcome", "SUCCESS"),
            entry("error.code", "none"),
            entry("retried", "false"));
    assertThat(high(call)).containsEntry("attempts", "1").containsKey("request.id");
    assertThat(call.getError()).isNull();

    Observation.Context attempt = only(DefaultTripwireAttemptObservationConvention.NAME);
    assertThat(attempt.getParentObservation().getContextView()).isSameAs(call);
    assertThat(attempt.getContextualName()).isEqualTo("GET /v1/sessions/{sessionId}");
    assertThat(low(attempt))
        .containsOnly(
            entry("operation", "getSession"),
            entry("method", "GET"),
            entry("uri", "/v1/sessions/{sessionId}"),
            entry("status", "200"),
            entry("outcome", "SUCCESS"),
            entry("error.code", "none"),
            entry("retry", "false"));
    assertThat(high(attempt)).containsEntry("attempt", "1");
    assertNoIdInAnyTag();
    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo(DefaultTripwireCallObservationConvention.NAME)
        .that()
        .hasBeenStarted()
        .hasBeenStopped();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonBlockingCallIsTheChildOfTheCallersObservationWhateverThreadCompletesIt(Transport kind)
      throws Exception {
    // The proxy holds the answer back, so the exchange completes on a transport thread after the
    // caller has left its scope: only a parent captured when the call started can be right.
    FlakyProxy slow = new FlakyProxy(fake.baseUrl(), 0, 100);
    closing.add(slow);
    TripwireClient client = client(kind, slow.baseUrl());
    Observation parent = Observation.start("checkout", registry);
    CompletableFuture<SessionDetail> future;
    try (Observation.Scope scope = parent.openScope()) {
      future = client.async().sessions().get(sessionId);
    }
    assertThat(registry.getCurrentObservation()).isNull();
    SessionDetail session = future.get(20, TimeUnit.SECONDS);
    parent.stop();
    assertThat(session.id()).isEqualTo(sessionId);

    RecordingHandler.Stopped call =
        recorded.stopped().stream()
            .filter(s -> DefaultTripwireCallObservationConvention.NAME.equals(s.context().getName()))
            .findFirst()
            .orElseThrow();
    assertThat(call.thread())
        .as("the call ended on the thread that completed the exchange")
        .isNotEqualTo(Thread.currentThread().getName());
    assertThat(call.context().getParentObservation().getContextView()).isSameAs(parent.getContext());
    assertThat(low(call.context())).containsEntry("outcome", "SUCCESS").containsEntry("retried", "false");
    Observation.Context attempt = only(DefaultTripwireAttemptObservationConvention.NAME);
    assertThat(attempt.getParentObservation().getContextView()).isSameAs(call.context());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRetriedCallHasOneChildPerAttempt(Transport kind) throws Exception {
    for (boolean async : new boolean[] {false, true}) {
      recorded.clear();
      FlakyProxy flaky = new FlakyProxy(fake.baseUrl(), 1);
      closing.add(flaky);
      TripwireClient client = client(kind, flaky.baseUrl());
      Observation parent = Observation.start("checkout", registry);
      try (Observation.Scope scope = parent.openScope()) {
        SessionDetail session =
            async
                ? client.async().sessions().get(sessionId).get(20, TimeUnit.SECONDS)
                : client.sessions().get(sessionId);
        assertThat(session.id()).isEqualTo(sessionId);
      }
      parent.stop();

      Observation.Context call = only(DefaultTripwireCallObservationConvention.NAME);
      assertThat(call.getParentObservation().getContextView()).isSameAs(parent.getContext());
      assertThat(low(call))
          .containsEntry("status", "200")
          .containsEntry("outcome", "SUCCESS")
          .containsEntry("error.code", "none")
          .containsEntry("retried", "true");
      assertThat(high(call)).containsEntry("attempts", "2");

      List<Observation.Context> attempts =
          recorded.named(DefaultTripwireAttemptObservationConvention.NAME);
      assertThat(attempts).hasSize(2);
      assertThat(attempts).allSatisfy(a -> assertThat(a.getParentObservation().getContextView()).isSameAs(call));
      assertThat(low(attempts.get(0)))
          .containsEntry("status", "503")
          .containsEntry("outcome", "SERVER_ERROR")
          .containsEntry("error.code", "service.unavailable")
          .containsEntry("retry", "false");
      assertThat(high(attempts.get(0))).containsEntry("request.id", "req_flaky").containsEntry("attempt", "1");
      assertThat(attempts.get(0).getError()).isInstanceOf(TripwireApiException.class);
      assertThat(low(attempts.get(1)))
          .containsEntry("status", "200")
          .containsEntry("outcome", "SUCCESS")
          .containsEntry("retry", "true");
      assertThat(attempts.get(1).getError()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorResponseIsTaggedWithItsStatusAndErrorCode(Transport kind) {
    TripwireClient client = client(kind, fake.baseUrl().toString());
    Throwable thrown = catchThrowable(() -> client.sessions().get("sid_missing_0001"));
    assertThat(thrown).isInstanceOf(NotFoundException.class);
    String code = ((NotFoundException) thrown).code();

    Observation.Context call = only(DefaultTripwireCallObservationConvention.NAME);
    assertThat(low(call))
        .containsEntry("status", "404")
        .containsEntry("outcome", "CLIENT_ERROR")
        .containsEntry("error.code", code)
        .containsEntry("retried", "false");
    assertThat(code).isNotBlank().isNotEqualTo("none");
    assertThat(call.getError()).isSameAs(thrown);
    assertThat(low(only(DefaultTripwireAttemptObservationConvention.NAME)))
        .containsEntry("outcome", "CLIENT_ERROR")
        .containsEntry("error.code", code);
    assertThat(low(call).values()).noneMatch(v -> v.contains("sid_missing"));
  }

  @Test
  void aCallWithoutASecretKeyIsObservedWithoutAnAttempt() {
    HttpTransport transport = Transport.JDK.create();
    closing.add(transport);
    TripwireClient client =
        TripwireClient.builder()
            .transport(transport)
            .baseUrl(fake.baseUrl().toString())
            .environment(name -> null)
            .listener(new ObservationRequestListener(registry))
            .build();
    closing.add(client);
    Throwable thrown = catchThrowable(() -> client.sessions().get(sessionId));
    assertThat(thrown).isInstanceOf(TripwireConfigurationException.class);

    Observation.Context call = only(DefaultTripwireCallObservationConvention.NAME);
    assertThat(low(call))
        .containsEntry("status", "none")
        .containsEntry("outcome", "CONFIGURATION_ERROR")
        .containsEntry("retried", "false");
    assertThat(high(call)).containsEntry("attempts", "0");
    assertThat(recorded.named(DefaultTripwireAttemptObservationConvention.NAME)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCancelledCallEndsItsObservationsAsCancelled(Transport kind) throws Exception {
    FlakyProxy slow = new FlakyProxy(fake.baseUrl(), 0, 2_000);
    closing.add(slow);
    TripwireClient client = client(kind, slow.baseUrl());
    CompletableFuture<SessionDetail> future = client.async().sessions().get(sessionId);
    Thread.sleep(100);
    future.cancel(true);
    assertThat(catchThrowable(future::join)).isInstanceOf(CancellationException.class);

    Observation.Context call = only(DefaultTripwireCallObservationConvention.NAME);
    assertThat(low(call)).containsEntry("outcome", "CANCELLED").containsEntry("status", "none");
    assertThat(low(only(DefaultTripwireAttemptObservationConvention.NAME)))
        .containsEntry("outcome", "CANCELLED");
  }

  @Test
  void withoutHandlersNothingIsObservedAndCallsWork() {
    ObservationRegistry empty = ObservationRegistry.create();
    TripwireClient client =
        client(Transport.APACHE, fake.baseUrl().toString(), new ObservationRequestListener(empty));
    assertThat(client.sessions().get(sessionId).id()).isEqualTo(sessionId);
    TripwireClient noop =
        client(Transport.APACHE, fake.baseUrl().toString(), new ObservationRequestListener(ObservationRegistry.NOOP));
    assertThat(noop.async().sessions().get(sessionId).join().id()).isEqualTo(sessionId);
    assertThat(recorded.stopped()).isEmpty();
  }

  @Test
  void conventionsOfTheApplicationReplaceTheDefaults() {
    TripwireCallObservationConvention calls =
        new DefaultTripwireCallObservationConvention() {
          @Override
          public String getName() {
            return "payments.fraud.calls";
          }

          @Override
          public KeyValues getLowCardinalityKeyValues(TripwireCallContext context) {
            return super.getLowCardinalityKeyValues(context).and("tenant", "acme");
          }
        };
    TripwireAttemptObservationConvention attempts =
        new TripwireAttemptObservationConvention() {
          @Override
          public String getName() {
            return "payments.fraud.attempts";
          }

          @Override
          public KeyValues getLowCardinalityKeyValues(TripwireAttemptContext context) {
            return KeyValues.of(KeyValue.of("op", context.getAttempt().operation()));
          }
        };
    TripwireClient client =
        client(
            Transport.JDK,
            fake.baseUrl().toString(),
            new ObservationRequestListener(registry, calls, attempts));
    client.sessions().get(sessionId);

    assertThat(recorded.named(DefaultTripwireCallObservationConvention.NAME)).isEmpty();
    assertThat(low(only("payments.fraud.calls")))
        .containsEntry("tenant", "acme")
        .containsEntry("operation", "getSession");
    assertThat(low(only("payments.fraud.attempts"))).containsOnly(entry("op", "getSession"));
  }

  @Test
  void aMeterRegistryGetsTimersTaggedWithoutIds() throws Exception {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    FlakyProxy flaky = new FlakyProxy(fake.baseUrl(), 1);
    closing.add(flaky);
    ObservationRequestListener listener = new ObservationRequestListener(observations);
    TripwireClient direct = client(Transport.APACHE, fake.baseUrl().toString(), listener);
    TripwireClient retried = client(Transport.JDK, flaky.baseUrl(), listener);

    direct.sessions().get(sessionId);
    direct.async().sessions().get(fake.sessionIds().get(1)).get(20, TimeUnit.SECONDS);
    catchThrowable(() -> direct.sessions().get("sid_missing_0002"));
    retried.sessions().get(sessionId);

    assertThat(
            meters.get("tripwire.client.calls")
                .tag("operation", "getSession")
                .tag("outcome", "SUCCESS")
                .tag("retried", "false")
                .timer()
                .count())
        .isEqualTo(2);
    assertThat(
            meters.get("tripwire.client.calls")
                .tag("outcome", "CLIENT_ERROR")
                .tag("status", "404")
                .tag("error", "NotFoundException")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(meters.get("tripwire.client.calls").tag("retried", "true").timer().count()).isEqualTo(1);
    assertThat(meters.get("tripwire.client.attempts").tag("status", "503").tag("retry", "false").timer().count())
        .isEqualTo(1);
    assertThat(meters.get("tripwire.client.attempts").tag("status", "200").tag("retry", "true").timer().count())
        .isEqualTo(1);
    for (Meter meter : meters.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getValue())
            .as("%s on %s", tag.getKey(), meter.getId().getName())
            .doesNotContain("sid_")
            .doesNotContain(fake.secretKey())
            .doesNotContain("127.0.0.1");
      }
    }
  }

  private Observation.Context only(String name) {
    List<Observation.Context> found = recorded.named(name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  private void assertNoIdInAnyTag() {
    for (RecordingHandler.Stopped stopped : recorded.stopped()) {
      for (KeyValue value : stopped.context().getAllKeyValues()) {
        assertThat(value.getValue()).doesNotContain(sessionId).doesNotContain(fake.secretKey());
      }
    }
  }
}
