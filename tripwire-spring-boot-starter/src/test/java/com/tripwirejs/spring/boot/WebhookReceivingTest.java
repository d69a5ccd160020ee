package com.tripwirejs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.spring.boot.app.WebhookTestApplication;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot application with the starter, on a real embedded server, receiving real signed
 * HTTP deliveries: from the fake API's "send test" and hand-made ones.
 */
@SpringBootTest(
    classes = WebhookTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookReceivingTest {

  /** A second signing secret, as during a rotation: the tests sign their own deliveries with it. */
  static final String ROTATED_SECRET = "whsec_rotated_0123456789abcdef0123456789abcdef";

  static FakeTripwire fake;
  static WebhookEndpoint endpoint;

  @DynamicPropertySource
  static void tripwire(DynamicPropertyRegistry registry) {
    fake = FakeTripwire.start();
    try (TripwireClient setup =
        TripwireClient.builder()
            .baseUrl(fake.baseUrl().toString())
            .secretKey(fake.secretKey())
            .build()) {
      // The endpoint's URL is set once the server's port is known; its secret is known now.
      endpoint =
          setup
              .webhooks()
              .endpoints()
              .create(
                  fake.organizationId(),
                  CreateWebhookEndpointRequest.builder()
                      .name("spring")
                      .url("http://localhost:9/webhooks/foil")
                      .addEventType(WebhookEventType.SESSION_RESULT_PERSISTED)
                      .build());
    }
    registry.add("tripwire.base-url", () -> fake.baseUrl().toString());
    registry.add("tripwire.secret-key", fake::secretKey);
    registry.add(
        "tripwire.webhooks.signing-secrets",
        () ->
            Objects.requireNonNull(endpoint.signingSecret()).reveal() + "," + ROTATED_SECRET);
  }

  @AfterAll
  static void stopFake() {
    if (fake != null) {
      fake.close();
    }
  }

  @LocalServerPort int port;
  @Autowired BlockingQueue<WebhookEvent> received;
  @Autowired TripwireClient client;
  @Autowired TripwireAsyncClient asyncClient;

  final HttpClient http = HttpClient.newHttpClient();

  static final String TEST_EVENT =
      "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
          + "\"created\":\"2026-01-02T00:00:00.000Z\","
          + "\"data\":{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}}";

  @BeforeEach
  void clear() {
    received.clear();
  }

  @Test
  void theFakeApisTestDeliveryReachesTheControllerTyped() throws Exception {
    client
        .webhooks()
        .endpoints()
        .update(
            fake.organizationId(),
            endpoint.id(),
            UpdateWebhookEndpointRequest.builder()
                .url("http://localhost:" + port + "/webhooks/foil")
                .build());

    client.webhooks().endpoints().sendTest(fake.organizationId(), endpoint.id());

    WebhookEvent event = received.poll(10, TimeUnit.SECONDS);
    assertThat(event).isInstanceOf(WebhookTestEvent.class);
    assertThat(event.type()).isEqualTo(WebhookEventType.WEBHOOK_TEST);
  }

  @Test
  void aDeliverySignedWithTheRotatedSecretIsHandedOver() throws Exception {
    HttpResponse<String> response = post(TEST_EVENT, WebhookSigner.of(ROTATED_SECRET).sign(TEST_EVENT));

    assertThat(response.statusCode()).isEqualTo(204);
    WebhookEvent event = received.poll(1, TimeUnit.SECONDS);
    assertThat(event).isInstanceOf(WebhookTestEvent.class);
    assertThat(event.id()).isEqualTo("wevt_1");
  }

  @Test
  void aTamperedBodyIsAnswered400WithoutCallingTheController() throws Exception {
    WebhookSignature signature = WebhookSigner.of(ROTATED_SECRET).sign(TEST_EVENT);

    HttpResponse<String> response = post(TEST_EVENT.replace("we_1", "we_2"), signature);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain(ROTATED_SECRET).doesNotContain("we_2");
    assertThat(received).isEmpty();
  }

  @Test
  void aDeliverySignedWithAnotherSecretIsAnswered400() throws Exception {
    HttpResponse<String> response =
        post(TEST_EVENT, WebhookSigner.of("whsec_not_configured_0123456789").sign(TEST_EVENT));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(received).isEmpty();
  }

  @Test
  void aStaleDeliveryIsAnswered400() throws Exception {
    WebhookSignature stale =
        WebhookSigner.of(ROTATED_SECRET).sign(TEST_EVENT, Instant.now().minus(Duration.ofMinutes(6)));

    HttpResponse<String> response = post(TEST_EVENT, stale);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(received).isEmpty();
  }

  @Test
  void anUnsignedDeliveryIsAnswered400() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TEST_EVENT))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(received).isEmpty();
  }

  @Test
  void aSignedEventOfAnUnknownTypeIsHandedOverAsUnknown() throws Exception {
    String body = TEST_EVENT.replace("\"webhook.test\"", "\"session.deleted\"");

    HttpResponse<String> response = post(body, WebhookSigner.of(ROTATED_SECRET).sign(body));

    assertThat(response.statusCode()).isEqualTo(204);
    WebhookEvent event = received.poll(1, TimeUnit.SECONDS);
    assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
    assertThat(event.type().value()).isEqualTo("session.deleted");
  }

  @Test
  void theExactBytesAreVerifiedWhateverTheContentType() throws Exception {
    // Whitespace and key order a JSON converter would not keep: the signature still verifies.
    String body = "{ \"type\" : \"webhook.test\",\n" + TEST_EVENT.substring(1).replace("\"type\":\"webhook.test\",", "");
    HttpResponse<String> response = post(body, WebhookSigner.of(ROTATED_SECRET).sign(body));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(received.poll(1, TimeUnit.SECONDS)).isInstanceOf(WebhookTestEvent.class);
  }

  @Test
  void aBodyOverTheLimitIsAnswered413() throws Exception {
    String body = TEST_EVENT.replace("we_1", "we_" + "x".repeat(2 * 1024 * 1024));

    HttpResponse<String> response = post(body, WebhookSigner.of(ROTATED_SECRET).sign(body));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(received).isEmpty();
  }

  @Test
  void theAutoConfiguredClientsCallTheFakeApi() throws Exception {
    assertThat(client.sessions().get(fake.sessionIds().get(0)).id())
        .isEqualTo(fake.sessionIds().get(0));
    assertThat(
            asyncClient.sessions().get(fake.sessionIds().get(1)).get(10, TimeUnit.SECONDS).id())
        .isEqualTo(fake.sessionIds().get(1));
  }

  private HttpResponse<String> post(String body, WebhookSignature signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (Map.Entry<String, String> header : signature.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url() {
    return URI.create("http://localhost:" + port + "/webhooks/foil");
  }
}
