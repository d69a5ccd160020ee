package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.fingerprints.FingerprintListParams;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.AuthenticationException;
import com.tripwirejs.http.error.ConflictException;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.PermissionDeniedException;
import com.tripwirejs.http.error.UnprocessableEntityException;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.ApiKeyStatus;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.IssuedApiKey;
import com.tripwirejs.model.apikey.PublishableApiKey;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.fingerprint.VisitorFingerprintActivitySession;
import com.tripwirejs.model.fingerprint.VisitorFingerprintDetail;
import com.tripwirejs.model.fingerprint.VisitorFingerprintSummary;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.Organization;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.Verdict;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.Event;
import com.tripwirejs.model.webhook.WebhookDeliveryStatus;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.WebhookTest;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import com.tripwirejs.webhooks.token.SessionVerification;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers the real client as the API does: data, paging, lifecycles, auth and errors. */
class FakeTripwireTest {
  private FakeTripwire fake;
  private TripwireClient client;

  @BeforeEach
  void start() {
    fake = FakeTripwire.builder().sessions(45).start();
    client = clientWith(fake.secretKey());
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private TripwireClient clientWith(String secretKey) {
    return TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(secretKey).build();
  }

  @Test
  void sessionsAutoPageNewestFirstAndEachReadsAsATypedDetail() {
    List<String> listed =
        client.sessions().listAutoPaging(SessionListParams.builder().limit(7).build()).stream()
            .map(SessionSummary::id)
            .toList();

    assertThat(listed).hasSize(45).doesNotHaveDuplicates().isEqualTo(fake.sessionIds());
    for (String id : listed.subList(0, 10)) {
      SessionDetail detail = client.sessions().get(id);
      assertThat(detail.id()).isEqualTo(id);
      assertThat(detail.request().url()).startsWith("https://shop.example.com/");
      assertThat(detail.decision().riskScore()).isBetween(0, 100);
    }
  }

  @Test
  void theVerdictFilterAndSearchNarrowTheList() {
    List<SessionSummary> bots =
        client.sessions().list(SessionListParams.builder().verdict(Verdict.BOT).limit(200).build()).items();
    List<SessionSummary> all = client.sessions().list(SessionListParams.builder().limit(200).build()).items();

    assertThat(bots).isNotEmpty().allMatch(s -> s.latestDecision().verdict().equals(Verdict.BOT));
    assertThat(bots.size()).isLessThan(all.size());
    String id = all.get(3).id();
    assertThat(client.sessions().list(SessionListParams.builder().search(id).build()).items())
        .extracting(SessionSummary::id)
        .containsExactly(id);
  }

  @Test
  void fingerprintsGroupTheSessionsOfReturningVisitors() {
    List<VisitorFingerprintSummary> visitors =
        client.fingerprints().listAutoPaging(FingerprintListParams.builder().limit(5).build()).stream().toList();
    int seen = 0;
    for (VisitorFingerprintSummary summary : visitors) {
      VisitorFingerprintDetail detail = client.fingerprints().get(summary.id());
      List<String> sessions =
          detail.activity().sessions().stream().map(VisitorFingerprintActivitySession::sessionId).toList();
      assertThat(sessions).hasSize(summary.lifecycle().seenCount());
      assertThat(fake.sessionIds()).containsAll(sessions);
      seen += sessions.size();
    }
    assertThat(seen).isEqualTo(45);
  }

  @Test
  void badParametersGetTheApiValidationEnvelope() {
    assertThatThrownBy(() -> client.sessions().list(SessionListParams.builder().cursor("not-a-cursor").build()))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("request.validation_failed");
              assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("cursor"));
              assertThat(e.requestId()).startsWith("req_");
            });
  }

  @Test
  void unknownIdsAndRouteLikeIdsAreNotFound() {
    for (String id : List.of("sid_missing", "../fingerprints", "a/b", "x?y=1")) {
      assertThatThrownBy(() -> client.sessions().get(id))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("request.not_found"));
    }
  }

  @Test
  void anUnknownSecretKeyIsRejected() {
    try (TripwireClient stranger = clientWith("sk_test_not_issued_by_the_fake")) {
      assertThatThrownBy(() -> stranger.sessions().list())
          .isInstanceOfSatisfying(
              AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("auth.invalid_api_key"));
    }
  }

  @Test
  void organizationsAreCreatedReadAndTheirSlugsAreUnique() {
    CreateOrganizationRequest request = CreateOrganizationRequest.builder().name("Acme").slug("acme").build();
    Organization created = client.organizations().create(request);

    try (TripwireClient owner = clientWith(fake.secretKey(created.id()))) {
      assertThat(owner.organizations().get(created.id()).name()).isEqualTo("Acme");
    }
    assertThatThrownBy(() -> client.organizations().get(created.id()))
        .as("a key acts only in its own organization")
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> client.organizations().create(request)).isInstanceOf(ConflictException.class);
  }

  @Test
  void everyTimestampIsWrittenAsTheApiWritesItWithMilliseconds() {
    List<byte[]> bodies = new CopyOnWriteArrayList<>();
    // A clock on a whole second: the time most likely to lose its milliseconds when written.
    Clock clock = Clock.fixed(Instant.parse("2026-03-24T20:00:00Z"), ZoneOffset.UTC);
    try (FakeTripwire onTheSecond = FakeTripwire.builder().sessions(5).clock(clock).start();
        JdkHttpTransport jdk = JdkHttpTransport.create();
        TripwireClient recorded =
            TripwireClient.builder()
                .baseUrl(onTheSecond.baseUrl().toString())
                .secretKey(onTheSecond.secretKey())
                .transport(request -> {
                  TransportResponse response = jdk.execute(request);
                  bodies.add(response.body());
                  return response;
                })
                .build()) {
      String org = onTheSecond.organizationId();
      SessionSummary first = recorded.sessions().list().items().get(0);
      recorded.sessions().get(first.id());
      VisitorFingerprintSummary visitor = recorded.fingerprints().list().items().get(0);
      recorded.fingerprints().get(visitor.id());
      recorded.organizations().create(CreateOrganizationRequest.builder().name("Clock").slug("clock").build());
      IssuedApiKey key = recorded.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
          .name("Clock").type(ApiKeyType.SECRET).addScopes(ApiKeyScope.SESSIONS_LIST).build());
      recorded.organizations().apiKeys().rotate(org, key.id());
      recorded.organizations().apiKeys().revoke(org, key.id());
      recorded.webhooks().endpoints().create(org, CreateWebhookEndpointRequest.builder()
          .name("Clock").url("https://example.com/hooks").addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED).build());
    }
    List<String> timestamps = new ArrayList<>();
    for (byte[] body : bodies) {
      collectTimestamps(TripwireJson.readTree(body), timestamps);
    }
    assertThat(timestamps).hasSizeGreaterThan(20);
    assertThat(timestamps).allMatch(t -> t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), "UTC with milliseconds");
  }

  /** The text of every property named like a timestamp ({@code *_at}, {@code created}), at any depth. */
  private static void collectTimestamps(JsonNode node, List<String> into) {
    if (node.isArray()) {
      node.forEach(element -> collectTimestamps(element, into));
    } else if (node.isObject()) {
      for (String name : (Iterable<String>) node::fieldNames) {
        JsonNode value = node.get(name);
        if ((name.endsWith("_at") || name.equals("created")) && value.isTextual()) {
          into.add(value.textValue());
        }
        collectTimestamps(value, into);
      }
    }
  }

  @Test
  void anApiKeyLivesItsWholeLife() {
    String org = fake.organizationId();
    IssuedApiKey issued =
        client.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
            .name("Backend").type(ApiKeyType.SECRET).addScopes(ApiKeyScope.SESSIONS_LIST).build());
    String firstSecret = issued.revealedKey().reveal();
    assertThat(firstSecret).startsWith("sk_live_");

    try (TripwireClient asNewKey = clientWith(firstSecret)) {
      assertThat(asNewKey.sessions().list().items()).isNotEmpty();

      IssuedApiKey rotated = client.organizations().apiKeys().rotate(org, issued.id());
      assertThat(rotated.revealedKey().reveal()).isNotEqualTo(firstSecret);
      assertThat(status(org, issued.id())).isEqualTo(ApiKeyStatus.ROTATING);
      assertThat(asNewKey.sessions().list().items()).as("the grace period").isNotEmpty();

      ApiKey revoked = client.organizations().apiKeys().revoke(org, issued.id());
      assertThat(revoked.status()).isEqualTo(ApiKeyStatus.REVOKED);
      assertThatThrownBy(() -> asNewKey.sessions().list()).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void aPublishableKeyIsUpdatedAndShowsNoSecretWhenListed() {
    String org = fake.organizationId();
    IssuedApiKey issued =
        client.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
            .name("Web").addAllowedOrigins("https://shop.example.com").build());
    client.organizations().apiKeys().update(org, issued.id(), UpdateApiKeyRequest.builder().name("Storefront").build());

    List<ApiKey> keys = client.organizations().apiKeys().list(org).items();
    assertThat(keys).singleElement().isInstanceOfSatisfying(PublishableApiKey.class, key -> {
      assertThat(key.name()).isEqualTo("Storefront");
      assertThat(key.allowedOrigins()).containsExactly("https://shop.example.com");
    });
    assertThatThrownBy(() -> client.organizations().apiKeys().update(org, issued.id(),
            UpdateApiKeyRequest.builder().addScopes(ApiKeyScope.ALL).build()))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void aPublishableKeyIsRefusedWhereTheApiWantsASecretKey() {
    IssuedApiKey issued =
        client.organizations().apiKeys().create(fake.organizationId(), CreateApiKeyRequest.builder()
            .name("Web").addAllowedOrigins("https://shop.example.com").build());
    try (TripwireClient withPublishableKey = clientWith(issued.revealedKey().reveal())) {
      assertThatThrownBy(() -> withPublishableKey.sessions().list())
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("auth.secret_key_required");
          });
    }
  }

  @Test
  void aTestWebhookIsSignedAndDeliveredToTheEndpoint() throws IOException, InterruptedException {
    BlockingQueue<Map<String, Object>> received = new ArrayBlockingQueue<>(4);
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks", exchange -> {
      Map<String, Object> request = new HashMap<>();
      request.put("body", exchange.getRequestBody().readAllBytes());
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      request.put("headers", headers);
      received.add(request);
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try {
      String org = fake.organizationId();
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
      WebhookEndpoint endpoint =
          client.webhooks().endpoints().create(org, CreateWebhookEndpointRequest.builder()
              .name("Receiver").url(url).addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED).build());
      String signingSecret = endpoint.signingSecret().reveal();

      WebhookTest test = client.webhooks().endpoints().sendTest(org, endpoint.id());

      Map<String, Object> request = received.poll(10, TimeUnit.SECONDS);
      assertThat(request).isNotNull();
      @SuppressWarnings("unchecked")
      Map<String, String> headers = (Map<String, String>) request.get("headers");
      assertThat(WebhookSignature.fromHeaders(headers).generation()).isEqualTo(ServiceGeneration.FOIL);
      assertThat(headers.keySet())
          .as("signed under the Foil names only")
          .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("x-tripwire-"));
      WebhookEvent event = WebhookVerifier.of(signingSecret).verify((byte[]) request.get("body"), headers);
      assertThat(event).isInstanceOf(WebhookTestEvent.class);
      assertThat(event.id()).isEqualTo(test.eventId());
      assertThat(test.latestDelivery().status()).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
      assertThat(test.latestDelivery().responseStatus()).isEqualTo(204);

      Event logged = client.webhooks().events().get(org, test.eventId());
      assertThat(logged.webhookDeliveries()).extracting(d -> d.id()).containsExactlyElementsOf(test.deliveryIds());
      assertThat(client.webhooks().events().list(org).items()).extracting(Event::id).contains(test.eventId());

      WebhookEndpoint rotated = client.webhooks().endpoints().rotateSecret(org, endpoint.id());
      assertThat(rotated.signingSecret().reveal()).isNotEqualTo(signingSecret);
      client.webhooks().endpoints().disable(org, endpoint.id());
      WebhookTest toDisabled = client.webhooks().endpoints().sendTest(org, endpoint.id());
      assertThat(toDisabled.latestDelivery().status()).as("no status of the contract refuses it").isEqualTo(WebhookDeliveryStatus.SKIPPED);
      assertThat(toDisabled.latestDelivery().attempts()).isZero();
      assertThat(received.poll(200, TimeUnit.MILLISECONDS)).as("a disabled endpoint receives nothing").isNull();
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void anUnreachableEndpointIsAFailedDelivery() {
    String org = fake.organizationId();
    WebhookEndpoint endpoint =
        client.webhooks().endpoints().create(org, CreateWebhookEndpointRequest.builder()
            .name("Gone").url("http://127.0.0.1:9/nothing-listens").addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED).build());

    WebhookTest test = client.webhooks().endpoints().sendTest(org, endpoint.id());

    assertThat(test.latestDelivery().status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(test.latestDelivery().error()).contains("could not be reached");
  }

  @Test
  void sealedTokensOfSeededSessionsOpenWithTheFakesSecretKey() {
    String sessionId = fake.sessionIds().get(0);

    SessionVerification verification = SealedTokenVerifier.of(fake.secretKey()).verify(fake.sealedToken(sessionId));

    assertThat(verification.sessionId()).isEqualTo(sessionId);
    SessionDetail detail = client.sessions().get(sessionId);
    assertThat(verification.decision().riskScore()).isEqualTo(detail.decision().riskScore());
    assertThatThrownBy(() -> fake.sealedToken("sid_unknown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSealedTokenForSeveralKeysOpensWithEachOfThemAndNoOther() {
    String sessionId = fake.sessionIds().get(1);
    String current = "sk_test_current_rotation_key";
    String previous = "sk_test_previous_rotation_key";

    String token = fake.sealedToken(sessionId, List.of(current, previous));

    assertThat(java.util.Base64.getDecoder().decode(token)[0]).isEqualTo((byte) 2);
    assertThat(SealedTokenVerifier.of(current).verify(token).sessionId()).isEqualTo(sessionId);
    assertThat(SealedTokenVerifier.of(previous).verify(token).sessionId()).isEqualTo(sessionId);
    assertThatThrownBy(() -> SealedTokenVerifier.of(fake.secretKey()).verify(token))
        .isInstanceOfSatisfying(
            SealedTokenException.class,
            e -> assertThat(e.reason()).isEqualTo(SealedTokenException.Reason.RECIPIENT_NOT_FOUND));
    assertThatThrownBy(() -> fake.sealedToken("sid_unknown", List.of(current))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.sealedToken(sessionId, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneSeedGivesTheSameDataAndAnotherSeedOtherData() {
    try (FakeTripwire same = FakeTripwire.builder().sessions(45).start();
        FakeTripwire other = FakeTripwire.builder().seed(7).sessions(45).start()) {
      assertThat(same.sessionIds()).isEqualTo(fake.sessionIds());
      assertThat(other.sessionIds()).doesNotContainAnyElementsOf(fake.sessionIds());
    }
  }

  @Test
  void manyClientsAtOnceSeeConsistentState() throws InterruptedException {
    String org = fake.organizationId();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      Thread thread = new Thread(() -> client.organizations().apiKeys().create(org,
          CreateApiKeyRequest.builder().name("Key " + n).build()));
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(client.organizations().apiKeys().list(org).items()).hasSize(8);
  }

  private ApiKeyStatus status(String org, String keyId) {
    return client.organizations().apiKeys().list(org).items().stream()
        .filter(key -> key.id().equals(keyId))
        .findFirst()
        .orElseThrow()
        .status();
  }
}
