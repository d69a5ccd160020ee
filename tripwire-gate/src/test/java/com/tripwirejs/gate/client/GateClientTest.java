package com.tripwirejs.gate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.api.support.RecordingListener;
import com.tripwirejs.gate.AsyncTripwireGate;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateRegistryEntry;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.TripwireSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code TripwireGate.of(client)} runs through the client: the client's base URL, options,
 * listeners and lifecycle, and each operation's own authentication (none, the poll token, an agent
 * token, or the client's secret key).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GateClientTest {

  private Fixtures fixtures;
  private LoopbackApi server;

  @BeforeAll
  void start() {
    fixtures = Fixtures.of(TripwireSpec.configuredWithGate().get(0));
    server = new LoopbackApi();
  }

  @AfterAll
  void stop() {
    // Null when no contract with Gate is configured and start() was skipped.
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void answerEveryRouteWithItsFixture() {
    server.clear();
    byte[] registry = fixtures.bytes("api/gate/registry-list.json");
    byte[] registryEntry = fixtures.bytes("api/gate/registry-detail.json");
    byte[] gateSession = fixtures.bytes("api/gate/session-create.json");
    byte[] poll = fixtures.bytes("api/gate/session-poll.json");
    server.answer(
        request -> {
          String path = request.rawPath();
          if (path.endsWith("/v1/gate/registry")) {
            return Reply.json(200, registry);
          }
          if (path.contains("/v1/gate/registry/")) {
            return Reply.json(200, registryEntry);
          }
          if (path.endsWith("/v1/gate/sessions")) {
            return Reply.json(201, gateSession);
          }
          if (path.contains("/v1/gate/sessions/")) {
            return Reply.json(200, poll);
          }
          return Reply.json(404, "{}");
        });
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void operationsThatNeedNoCredentialsWorkWithoutASecretKeyAndSendNone(CallMode mode) {
    try (TripwireClient client = base().build()) {
      TripwireGate gate = TripwireGate.of(client);
      String id = fixtures.tree("api/gate/registry-detail.json").at("/data/id").asText();

      List<GateRegistryEntry> registry = call(mode, gate, g -> g.registry().list(), a -> a.registry().list());
      GateRegistryEntry entry = call(mode, gate, g -> g.registry().get(id), a -> a.registry().get(id));
      CreateGateSessionRequest request = example(CreateGateSessionRequest.class);
      GateSessionCreate created = call(mode, gate, g -> g.sessions().create(request), a -> a.sessions().create(request));

      assertThat(registry).isNotEmpty();
      assertThat(entry.id()).isEqualTo(id);
      assertThat(created.pollToken()).isNotNull();
      assertThat(server.received()).hasSize(3).allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
      // The secret key is still missing for the operations that need it.
      assertThat(catchThrowable(() -> call(mode, gate, g -> g.services().list(), a -> a.services().list())))
          .isInstanceOf(TripwireConfigurationException.class)
          .hasMessageContaining("listManagedGateServices")
          .hasMessageContaining("secretKey(");
      assertThat(server.count()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aMissingPollOrAgentTokenFailsNamingTheToken(CallMode mode) {
    AcknowledgeGateSessionDeliveryRequest ack = example(AcknowledgeGateSessionDeliveryRequest.class);
    CreateGateLoginSessionRequest login = example(CreateGateLoginSessionRequest.class);
    try (TripwireClient client = base().secretKey("sk_test_config").build()) {
      TripwireGate gate = TripwireGate.of(client);
      for (Secret missing : new Secret[] {null, Secret.of(""), Secret.of("  ")}) {
        assertThat(catchThrowable(() -> call(mode, gate,
                g -> g.sessions().poll("gate_1", missing), a -> a.sessions().poll("gate_1", missing))))
            .isInstanceOf(TripwireConfigurationException.class)
            .hasMessageContaining("poll token")
            .hasMessageContaining("pollGateSession");
        assertThat(catchThrowable(() -> call(mode, gate,
                g -> g.sessions().acknowledge("gate_1", missing, ack), a -> a.sessions().acknowledge("gate_1", missing, ack))))
            .isInstanceOf(TripwireConfigurationException.class)
            .hasMessageContaining("poll token")
            .hasMessageContaining("acknowledgeGateSessionDelivery");
        assertThat(catchThrowable(() -> call(mode, gate,
                g -> g.loginSessions().create(missing, login), a -> a.loginSessions().create(missing, login))))
            .isInstanceOf(TripwireConfigurationException.class)
            .hasMessageContaining("agent token")
            .hasMessageContaining("createGateLoginSession");
      }
    }
    assertThat(server.count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gtpoll_S3cr3tBreak\n", "gtpoll_S3cr3t Space", " gtpoll_S3cr3tLeading", "gtpoll_S3cr3tEllipsis…"})
  void aTokenAHeaderCannotCarryFailsWithoutQuotingIt(String token) {
    for (HttpTransport transport : List.of(JdkHttpTransport.create(), ApacheHttpTransport.create())) {
      try (transport; TripwireClient client = base().secretKey("sk_test_config").transport(transport).build()) {
        Throwable thrown = catchThrowable(() -> TripwireGate.of(client).sessions().poll("gate_1", Secret.of(token)));
        assertThat(thrown)
            .isInstanceOf(TripwireConfigurationException.class)
            .hasMessageStartingWith("The Gate poll token")
            .hasMessageContaining("HTTP header cannot carry")
            .hasNoCause();
        assertThat(thrown.getMessage()).doesNotContain(token.strip()).doesNotContain("S3cr3t");
      }
    }
    assertThat(server.count()).isZero();
  }

  @Test
  void callsOfEachKindOnOneClientSendTheirOwnAuthorization() {
    try (TripwireClient client = base().secretKey("sk_test_config").build()) {
      TripwireGate gate = TripwireGate.of(client);
      for (int round = 0; round < 2; round++) {
        gate.registry().list();
        gate.sessions().poll("gate_1", Secret.of("gtpoll_round_" + round));
        gate.registry().list();
      }
    }
    List<Received> received = server.received();
    assertThat(received).hasSize(6);
    for (int round = 0; round < 2; round++) {
      assertThat(received.get(3 * round).header("Authorization")).isNull();
      assertThat(received.get(3 * round + 1).header("Authorization")).isEqualTo("Bearer gtpoll_round_" + round);
      assertThat(received.get(3 * round + 2).header("Authorization")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void theGateOfAViewCarriesTheViewsOptionsAndTheBaseUrlsPrefix(CallMode mode) {
    try (TripwireClient client = base().baseUrl(server.baseUrl() + "/prefix").secretKey("sk_test_config").build()) {
      TripwireClient view =
          client.withOptions(RequestOptions.builder().header("X-Trace-Id", "trace-1").queryParameter("debug", "1").build());
      call(mode, TripwireGate.of(view), g -> g.registry().list(), a -> a.registry().list());
      call(mode, TripwireGate.of(client), g -> g.registry().list(), a -> a.registry().list());
    }
    List<Received> received = server.received();
    assertThat(received).extracting(Received::rawPath).containsExactly("/prefix/v1/gate/registry", "/prefix/v1/gate/registry");
    assertThat(received.get(0).header("X-Trace-Id")).isEqualTo("trace-1");
    assertThat(received.get(0).queryParameter("debug")).isEqualTo("1");
    assertThat(received.get(1).header("X-Trace-Id")).isNull();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void theClientsListenersSeeGateCallsWithTheirOperationAndPathTemplate(CallMode mode) {
    RecordingListener listener = new RecordingListener();
    try (TripwireClient client = base().listener(listener).build()) {
      TripwireGate gate = TripwireGate.of(client);
      call(mode, gate, g -> g.sessions().poll("gate_1", Secret.of("gtpoll_listener")),
          a -> a.sessions().poll("gate_1", Secret.of("gtpoll_listener")));
    }
    RequestAttempt poll = listener.ended().get(0).attempt();
    assertThat(poll.operation()).isEqualTo("pollGateSession");
    assertThat(poll.pathTemplate()).isEqualTo("/v1/gate/sessions/{gateSessionId}");
    assertThat(poll.uri().getRawPath()).isEqualTo("/v1/gate/sessions/gate_1");
    assertThat(listener.ended().get(0).outcome().status()).isEqualTo(200);
  }

  @Test
  void invalidArgumentsFailBeforeAnythingIsSent() {
    try (TripwireClient client = base().secretKey("sk_test_config").build()) {
      TripwireGate gate = TripwireGate.of(client);
      AsyncTripwireGate async = gate.async();
      for (Runnable call :
          List.<Runnable>of(
              () -> gate.services().create(null),
              () -> gate.sessions().create(null),
              () -> gate.loginSessions().consume(null),
              () -> gate.agentTokens().verify(null),
              () -> gate.agentTokens().revoke(null),
              () -> async.sessions().create(null),
              () -> async.agentTokens().revoke(null))) {
        assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class).hasMessage("request must not be null");
      }
      for (String id : new String[] {null, "", " \t"}) {
        assertThatThrownBy(() -> gate.registry().get(id)).hasMessageContaining("serviceId");
        assertThatThrownBy(() -> gate.services().get(id)).hasMessageContaining("serviceId");
        assertThatThrownBy(() -> gate.sessions().poll(id, Secret.of("gtpoll_1"))).hasMessageContaining("gateSessionId");
        assertThatThrownBy(() -> async.services().disable(id)).hasMessageContaining("serviceId");
      }
    }
    assertThat(server.count()).isZero();
  }

  @Test
  void gateCallsOnAClosedClientFailAtOnceAndSendNothing() {
    TripwireClient client = base().build();
    TripwireGate gate = TripwireGate.of(client);
    client.close();
    assertThatThrownBy(() -> gate.registry().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> gate.async().registry().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TripwireGate.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.count()).isZero();
  }

  private TripwireClient.Builder base() {
    return TripwireClient.builder().baseUrl(server.baseUrl()).environment(name -> null);
  }

  private <T> T example(Class<T> type) {
    return TripwireJson.fromTree(fixtures.spec().schema(type.getSimpleName()).get("example"), type);
  }

  private static <T> T call(
      CallMode mode,
      TripwireGate gate,
      Function<TripwireGate, ? extends T> blocking,
      Function<AsyncTripwireGate, ? extends CompletableFuture<? extends T>> nonBlocking) {
    return mode == CallMode.BLOCKING ? blocking.apply(gate) : CallMode.await(nonBlocking.apply(gate.async()));
  }
}
