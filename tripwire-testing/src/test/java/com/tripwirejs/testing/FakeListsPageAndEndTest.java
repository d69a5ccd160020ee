package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.fingerprints.FingerprintListParams;
import com.tripwirejs.api.fingerprints.FingerprintSort;
import com.tripwirejs.api.organizations.ApiKeyListParams;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.fingerprint.VisitorFingerprintSummary;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.Verdict;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.Event;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list of the fake pages by the contract and every paging ends: following {@code
 * next_cursor} while {@code has_more} walks the cursor lists (sessions, fingerprints, API keys)
 * item by item, each once, in the order of one big page, whatever the page size; the lists without
 * a cursor parameter (webhook endpoints, events) answer one page and give no cursor to follow; the
 * SDK's auto-pagers, blocking and not, end on every cursor list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeListsPageAndEndTest {
  private static final int KEYS = 7;
  private static final int ENDPOINTS = 5;
  private static final int EVENTS = 9;

  private FakeTripwire fake;
  private TripwireClient client;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> eventIdsOldestFirst = new ArrayList<>();

  @BeforeAll
  void start() {
    fake = FakeTripwire.builder().sessions(23).start();
    client = TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(fake.secretKey()).build();
    for (int i = 0; i < KEYS; i++) {
      client.organizations().apiKeys().create(fake.organizationId(), CreateApiKeyRequest.builder().name("Key " + i).build());
    }
    for (int i = 0; i < ENDPOINTS; i++) {
      client.webhooks().endpoints().create(fake.organizationId(), CreateWebhookEndpointRequest.builder()
          .name("Endpoint " + i).url("http://127.0.0.1:9/hooks/" + i)
          .addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED).build());
    }
    // The endpoints above refuse connections at once: each event is logged with failed deliveries.
    for (int i = 0; i < EVENTS; i++) {
      eventIdsOldestFirst.add(fake.persistSessionResult(fake.sessionIds().get(i)).id());
    }
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 50, 200})
  void everyCursorListWalksEachItemOnceAndEnds(int limit) throws Exception {
    String org = fake.organizationId();
    for (String list : List.of(
        "/v1/sessions", "/v1/sessions?verdict=human", "/v1/sessions?search=shop.example.com",
        "/v1/fingerprints", "/v1/fingerprints?sort=first_seen", "/v1/fingerprints?sort=seen_count",
        "/v1/organizations/" + org + "/api-keys")) {
      List<String> all = ids(get(list, 200, null).path("data"));
      assertThat(all).as(list).isNotEmpty().doesNotHaveDuplicates();

      List<String> walked = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      while (true) {
        JsonNode page = get(list, limit, cursor);
        pages++;
        assertThat(pages).as(list + ": the walk ends").isLessThanOrEqualTo(all.size() / limit + 1);
        assertThat(page.path("pagination").path("limit").asInt()).isEqualTo(limit);
        walked.addAll(ids(page.path("data")));
        if (!page.path("pagination").path("has_more").asBoolean()) {
          break;
        }
        cursor = page.path("pagination").path("next_cursor").asText(null);
        assertThat(cursor).as(list + ": more, so a cursor").isNotBlank();
      }
      assertThat(walked).as(list + " with limit " + limit).isEqualTo(all);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 9, 50})
  void theEventsListAnswersOnePageWithNoCursorToFollow(int limit) throws Exception {
    JsonNode page = get("/v1/organizations/" + fake.organizationId() + "/events", limit, null);
    List<String> newestFirst = new ArrayList<>(eventIdsOldestFirst);
    java.util.Collections.reverse(newestFirst);

    assertThat(ids(page.path("data"))).isEqualTo(newestFirst.subList(0, Math.min(limit, EVENTS)));
    assertThat(page.path("pagination").path("limit").asInt()).isEqualTo(limit);
    assertThat(page.path("pagination").path("has_more").asBoolean()).isEqualTo(limit < EVENTS);
    assertThat(page.path("pagination").has("next_cursor")).as("nothing could pass a cursor back").isFalse();

    // The SDK's page says the same.
    com.tripwirejs.api.Page<Event> sdkPage = client.webhooks().events().list(fake.organizationId(),
        com.tripwirejs.api.webhooks.EventListParams.builder().limit(limit).build());
    assertThat(sdkPage.items()).extracting(Event::id).isEqualTo(ids(page.path("data")));
    assertThat(sdkPage.hasMore()).isEqualTo(limit < EVENTS);
    assertThat(sdkPage.nextCursor()).isNull();
  }

  @Test
  void theEndpointListIsOnePageWithinTheContractsLimit() throws Exception {
    JsonNode page = get("/v1/organizations/" + fake.organizationId() + "/webhooks/endpoints", null, null);
    assertThat(page.path("data")).hasSize(ENDPOINTS);
    assertThat(page.path("pagination").path("limit").asInt()).isBetween(1, 200);
    assertThat(page.path("pagination").path("has_more").asBoolean()).isFalse();
    assertThat(page.path("pagination").has("next_cursor")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 200})
  void theSdksAutoPagersEndOnEveryCursorList(int limit) throws Exception {
    String org = fake.organizationId();
    List<String> sessions = client.sessions().listAutoPaging(SessionListParams.builder().limit(limit).build())
        .stream().map(SessionSummary::id).toList();
    assertThat(sessions).isEqualTo(fake.sessionIds());
    List<String> bots = new CopyOnWriteArrayList<>();
    await(client.async().sessions()
        .listAutoPaging(SessionListParams.builder().limit(limit).verdict(Verdict.BOT).build())
        .forEach(summary -> bots.add(summary.id())));
    assertThat(bots).doesNotHaveDuplicates().isSubsetOf(fake.sessionIds());

    List<String> visitors = client.fingerprints()
        .listAutoPaging(FingerprintListParams.builder().limit(limit).sort(FingerprintSort.FIRST_SEEN).build())
        .stream().map(VisitorFingerprintSummary::id).toList();
    List<String> asyncVisitors = new CopyOnWriteArrayList<>();
    await(client.async().fingerprints()
        .listAutoPaging(FingerprintListParams.builder().limit(limit).sort(FingerprintSort.FIRST_SEEN).build())
        .forEach(summary -> asyncVisitors.add(summary.id())));
    assertThat(visitors).isNotEmpty().doesNotHaveDuplicates().isEqualTo(asyncVisitors);

    List<String> keys = client.organizations().apiKeys().listAutoPaging(org, ApiKeyListParams.builder().limit(limit).build())
        .stream().map(ApiKey::id).toList();
    List<String> asyncKeys = new CopyOnWriteArrayList<>();
    await(client.async().organizations().apiKeys()
        .listAutoPaging(org, ApiKeyListParams.builder().limit(limit).build())
        .forEach(key -> asyncKeys.add(key.id())));
    assertThat(keys).hasSize(KEYS).doesNotHaveDuplicates().isEqualTo(asyncKeys);
  }

  private static void await(CompletableFuture<Void> walk) throws Exception {
    walk.get(30, TimeUnit.SECONDS);
  }

  private JsonNode get(String list, @Nullable Integer limit, @Nullable String cursor) throws IOException, InterruptedException {
    StringBuilder uri = new StringBuilder(fake.baseUrl().toString()).append(list);
    char separator = list.contains("?") ? '&' : '?';
    if (limit != null) {
      uri.append(separator).append("limit=").append(limit);
      separator = '&';
    }
    if (cursor != null) {
      uri.append(separator).append("cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
    HttpResponse<byte[]> response = http.send(
        HttpRequest.newBuilder(URI.create(uri.toString())).header("Authorization", "Bearer " + fake.secretKey()).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
    return TripwireJson.readTree(response.body());
  }

  private static List<String> ids(JsonNode data) {
    List<String> ids = new ArrayList<>();
    data.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
