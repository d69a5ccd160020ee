package com.tripwirejs.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.UpdateSessionRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Attaching and clearing a session's client user id: the exact request each sends, the session
 * detail each returns, and the checks made before any I/O, through the blocking and the
 * non-blocking client (which throws at once rather than returning a failed future).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpdateSessionTest {

  private static final String SESSION = "sid_0123456789abcdefghjkmnpqrs";

  private LoopbackApi server;
  private TripwireClient client;
  private byte[] detail;

  @BeforeAll
  void start() {
    server = new LoopbackApi();
    client = TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_update").build();
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
  }

  @BeforeEach
  void answerWithTheDetail() {
    detail = Fixtures.current().bytes("api/sessions/detail.json");
    server.clear();
    server.answer(request -> LoopbackApi.Reply.json(200, detail));
  }

  private JsonNode onlyBody() {
    assertThat(server.received()).hasSize(1);
    LoopbackApi.Received sent = server.received().get(0);
    assertThat(sent.method()).isEqualTo("PATCH");
    assertThat(sent.rawPath()).isEqualTo("/v1/sessions/" + SESSION);
    assertThat(sent.header("Content-Type")).startsWith("application/json");
    return TripwireJson.readTree(sent.body());
  }

  @Test
  void attachingSendsTheIdAndReturnsTheSession() throws Exception {
    SessionDetail updated = client.sessions().attachClientUser(SESSION, "user_123");

    assertThat(onlyBody().toString()).isEqualTo("{\"client_user_id\":\"user_123\"}");
    assertThat(updated).isEqualTo(TripwireJson.readEnvelope(detail, SessionDetail.class).data());

    server.clear();
    client.async().sessions().attachClientUser(SESSION, "user_123").get(30, TimeUnit.SECONDS);
    assertThat(onlyBody().toString()).isEqualTo("{\"client_user_id\":\"user_123\"}");
  }

  @Test
  void clearingSendsAnExplicitNull() throws Exception {
    client.sessions().clearClientUser(SESSION);
    assertThat(onlyBody().toString()).isEqualTo("{\"client_user_id\":null}");

    server.clear();
    client.async().sessions().clearClientUser(SESSION).get(30, TimeUnit.SECONDS);
    assertThat(onlyBody().toString()).isEqualTo("{\"client_user_id\":null}");

    server.clear();
    client.sessions().update(SESSION, UpdateSessionRequest.clearClientUser());
    assertThat(onlyBody().toString()).isEqualTo("{\"client_user_id\":null}");
  }

  @Test
  void aBlankOrMissingIdIsRefusedBeforeAnyRequest() {
    List<BiConsumer<TripwireClient, String>> bySession =
        List.of(
            (c, id) -> c.sessions().attachClientUser(id, "user_1"),
            (c, id) -> c.sessions().clearClientUser(id),
            (c, id) -> c.sessions().update(id, UpdateSessionRequest.clearClientUser()),
            (c, id) -> c.async().sessions().attachClientUser(id, "user_1"),
            (c, id) -> c.async().sessions().clearClientUser(id),
            (c, id) -> c.async().sessions().update(id, UpdateSessionRequest.clearClientUser()));
    for (BiConsumer<TripwireClient, String> call : bySession) {
      for (String id : Arrays.asList("", " ", "\t\n")) {
        assertThatThrownBy(() -> call.accept(client, id))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("sessionId must not be blank");
      }
      assertThatThrownBy(() -> call.accept(client, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("sessionId must not be null");
    }
    List<BiConsumer<TripwireClient, String>> byUser = new ArrayList<>();
    byUser.add((c, user) -> c.sessions().attachClientUser(SESSION, user));
    byUser.add((c, user) -> c.async().sessions().attachClientUser(SESSION, user));
    for (BiConsumer<TripwireClient, String> call : byUser) {
      for (String user : Arrays.asList("", "  ")) {
        assertThatThrownBy(() -> call.accept(client, user))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("clientUserId must not be blank");
      }
      assertThatThrownBy(() -> call.accept(client, "u".repeat(257)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("clientUserId must be at most 256 characters long");
      assertThatThrownBy(() -> call.accept(client, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("clientUserId must not be null");
    }
    assertThatThrownBy(() -> client.sessions().update(SESSION, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
    assertThat(server.count()).as("requests the server received").isZero();
  }

  @Test
  void a256CharacterIdIsSent() {
    String longest = "u".repeat(256);
    client.sessions().attachClientUser(SESSION, longest);
    assertThat(onlyBody().get("client_user_id").asText()).isEqualTo(longest);
    assertThat(new String(server.received().get(0).body(), StandardCharsets.UTF_8)).contains(longest);
  }
}
