package com.tripwirejs.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.fingerprints.FingerprintListParams;
import com.tripwirejs.api.organizations.ApiKeyListParams;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.webhooks.EventListParams;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arguments are checked before any I/O, with a message naming the parameter: page sizes outside
 * 1..200, and null or blank ids for every operation that takes one, through the blocking and the
 * non-blocking client (which throws at once rather than returning a failed future). A real server
 * stands by and must receive nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationBeforeIoTest {

  private static final List<String> BLANK_IDS = Arrays.asList(null, "", " ", "\t\n");

  private LoopbackApi server;
  private TripwireClient client;

  @BeforeAll
  void start() {
    server = new LoopbackApi();
    client = TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_validation").build();
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
  }

  @AfterEach
  void theServerReceivedNothing() {
    assertThat(server.count()).as("requests the server received").isZero();
  }

  static Stream<Arguments> listParams() {
    return Stream.of(
        Arguments.of("sessions", (IntFunction<Object>) limit -> SessionListParams.builder().limit(limit).build()),
        Arguments.of("fingerprints", (IntFunction<Object>) limit -> FingerprintListParams.builder().limit(limit).build()),
        Arguments.of("api keys", (IntFunction<Object>) limit -> ApiKeyListParams.builder().limit(limit).build()),
        Arguments.of("events", (IntFunction<Object>) limit -> EventListParams.builder().limit(limit).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listParams")
  void aPageSizeOutsideOneTo200IsRefusedNamingTheParameter(String list, IntFunction<Object> params) {
    for (int limit : new int[] {0, 201, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> params.apply(limit))
          .as("limit " + limit)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("limit must be between 1 and 200");
    }
    assertThatCode(() -> params.apply(1)).doesNotThrowAnyException();
    assertThatCode(() -> params.apply(200)).doesNotThrowAnyException();
  }

  @Test
  void aCursorOfAnotherPageIsCheckedLikeTheFirst() {
    SessionListParams valid = SessionListParams.builder().limit(200).build();
    assertThat(valid.withCursor("cur_2").limit()).isEqualTo(200);
    assertThatThrownBy(() -> SessionListParams.builder().from(valid).limit(0).build())
        .hasMessageStartingWith("limit must be");
    assertThatThrownBy(() -> EventListParams.builder().endpointId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("endpointId must not be blank");
  }

  static Stream<Arguments> idCalls() {
    return idCallList().stream().map(call -> Arguments.of(call.name, call));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idCalls")
  void aNullOrBlankIdIsRefusedNamingTheParameter(String name, IdCall call) {
    for (String id : BLANK_IDS) {
      Class<? extends RuntimeException> expected =
          id == null ? NullPointerException.class : IllegalArgumentException.class;
      String message = call.parameter + (id == null ? " must not be null" : " must not be blank");
      assertThatThrownBy(() -> call.blocking.accept(client, id))
          .as("blocking, id %s", describe(id))
          .isInstanceOf(expected)
          .hasMessage(message);
      assertThatThrownBy(() -> call.nonBlocking.accept(client.async(), id))
          .as("non-blocking, id %s", describe(id))
          .isInstanceOf(expected)
          .hasMessage(message);
    }
  }

  @Test
  void nullParametersAndRequestsAreRefusedNamingThem() {
    List<Consumer<TripwireClient>> needParams =
        List.of(
            c -> c.sessions().list(null),
            c -> c.sessions().listAutoPaging(null),
            c -> c.fingerprints().list(null),
            c -> c.fingerprints().listAutoPaging(null),
            c -> c.organizations().apiKeys().list("org_1", null),
            c -> c.organizations().apiKeys().listAutoPaging("org_1", null),
            c -> c.webhooks().events().list("org_1", null),
            c -> c.async().sessions().list(null),
            c -> c.async().sessions().listAutoPaging(null),
            c -> c.async().fingerprints().listAutoPaging(null),
            c -> c.async().organizations().apiKeys().listAutoPaging("org_1", null));
    for (Consumer<TripwireClient> call : needParams) {
      assertThatThrownBy(() -> call.accept(client))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("params must not be null");
    }
    List<Consumer<TripwireClient>> needRequest =
        List.of(
            c -> c.organizations().create(null),
            c -> c.organizations().update("org_1", null),
            c -> c.organizations().apiKeys().create("org_1", null),
            c -> c.webhooks().endpoints().create("org_1", null),
            c -> c.async().organizations().create(null));
    for (Consumer<TripwireClient> call : needRequest) {
      assertThatThrownBy(() -> call.accept(client))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("request must not be null");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** An operation taking an id, and the name its message must give that id. */
  record IdCall(
      String name,
      String parameter,
      BiConsumer<TripwireClient, String> blocking,
      BiConsumer<TripwireAsyncClient, String> nonBlocking) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every operation that takes an id, for each id it takes (the others valid). */
  private static List<IdCall> idCallList() {
    Bodies b = new Bodies(Fixtures.current());
    List<IdCall> calls = new ArrayList<>();
    calls.add(new IdCall("sessions.get", "sessionId", (c, id) -> c.sessions().get(id), (a, id) -> a.sessions().get(id)));
    calls.add(new IdCall("fingerprints.get", "visitorId", (c, id) -> c.fingerprints().get(id), (a, id) -> a.fingerprints().get(id)));
    calls.add(new IdCall("organizations.get", "organizationId", (c, id) -> c.organizations().get(id), (a, id) -> a.organizations().get(id)));
    calls.add(new IdCall("organizations.update", "organizationId",
        (c, id) -> c.organizations().update(id, b.updateOrganization), (a, id) -> a.organizations().update(id, b.updateOrganization)));
    calls.add(new IdCall("apiKeys.list", "organizationId",
        (c, id) -> c.organizations().apiKeys().list(id), (a, id) -> a.organizations().apiKeys().list(id)));
    calls.add(new IdCall("apiKeys.listAutoPaging", "organizationId",
        (c, id) -> c.organizations().apiKeys().listAutoPaging(id, ApiKeyListParams.none()),
        (a, id) -> a.organizations().apiKeys().listAutoPaging(id, ApiKeyListParams.none())));
    calls.add(new IdCall("apiKeys.create", "organizationId",
        (c, id) -> c.organizations().apiKeys().create(id, b.createApiKey), (a, id) -> a.organizations().apiKeys().create(id, b.createApiKey)));
    calls.add(new IdCall("apiKeys.update organizationId", "organizationId",
        (c, id) -> c.organizations().apiKeys().update(id, "key_1", b.updateApiKey),
        (a, id) -> a.organizations().apiKeys().update(id, "key_1", b.updateApiKey)));
    calls.add(new IdCall("apiKeys.update keyId", "keyId",
        (c, id) -> c.organizations().apiKeys().update("org_1", id, b.updateApiKey),
        (a, id) -> a.organizations().apiKeys().update("org_1", id, b.updateApiKey)));
    calls.add(new IdCall("apiKeys.revoke", "keyId",
        (c, id) -> c.organizations().apiKeys().revoke("org_1", id), (a, id) -> a.organizations().apiKeys().revoke("org_1", id)));
    calls.add(new IdCall("apiKeys.rotate", "keyId",
        (c, id) -> c.organizations().apiKeys().rotate("org_1", id), (a, id) -> a.organizations().apiKeys().rotate("org_1", id)));
    calls.add(new IdCall("endpoints.list", "organizationId",
        (c, id) -> c.webhooks().endpoints().list(id), (a, id) -> a.webhooks().endpoints().list(id)));
    calls.add(new IdCall("endpoints.create", "organizationId",
        (c, id) -> c.webhooks().endpoints().create(id, b.createEndpoint), (a, id) -> a.webhooks().endpoints().create(id, b.createEndpoint)));
    calls.add(new IdCall("endpoints.update", "endpointId",
        (c, id) -> c.webhooks().endpoints().update("org_1", id, b.updateEndpoint),
        (a, id) -> a.webhooks().endpoints().update("org_1", id, b.updateEndpoint)));
    calls.add(new IdCall("endpoints.disable", "endpointId",
        (c, id) -> c.webhooks().endpoints().disable("org_1", id), (a, id) -> a.webhooks().endpoints().disable("org_1", id)));
    calls.add(new IdCall("endpoints.rotateSecret", "endpointId",
        (c, id) -> c.webhooks().endpoints().rotateSecret("org_1", id), (a, id) -> a.webhooks().endpoints().rotateSecret("org_1", id)));
    calls.add(new IdCall("endpoints.sendTest", "endpointId",
        (c, id) -> c.webhooks().endpoints().sendTest("org_1", id), (a, id) -> a.webhooks().endpoints().sendTest("org_1", id)));
    calls.add(new IdCall("events.list", "organizationId",
        (c, id) -> c.webhooks().events().list(id), (a, id) -> a.webhooks().events().list(id)));
    calls.add(new IdCall("events.get organizationId", "organizationId",
        (c, id) -> c.webhooks().events().get(id, "wevt_1"), (a, id) -> a.webhooks().events().get(id, "wevt_1")));
    calls.add(new IdCall("events.get eventId", "eventId",
        (c, id) -> c.webhooks().events().get("org_1", id), (a, id) -> a.webhooks().events().get("org_1", id)));
    return calls;
  }

  private static String describe(String id) {
    return id == null ? "null" : "\"" + id.replace("\t", "\\t").replace("\n", "\\n") + "\"";
  }

  /** Valid request bodies: the examples of the spec's request schemas. */
  private static final class Bodies {
    final UpdateOrganizationRequest updateOrganization;
    final CreateApiKeyRequest createApiKey;
    final UpdateApiKeyRequest updateApiKey;
    final CreateWebhookEndpointRequest createEndpoint;
    final UpdateWebhookEndpointRequest updateEndpoint;

    Bodies(Fixtures fixtures) {
      updateOrganization = example(fixtures, UpdateOrganizationRequest.class);
      createApiKey = example(fixtures, CreateApiKeyRequest.class);
      updateApiKey = example(fixtures, UpdateApiKeyRequest.class);
      createEndpoint = example(fixtures, CreateWebhookEndpointRequest.class);
      updateEndpoint = example(fixtures, UpdateWebhookEndpointRequest.class);
    }

    private static <T> T example(Fixtures fixtures, Class<T> type) {
      return TripwireJson.fromTree(fixtures.spec().schema(type.getSimpleName()).get("example"), type);
    }
  }
}
