package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.Page;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.webhooks.EventListParams;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.Event;
import com.tripwirejs.model.webhook.WebhookDelivery;
import com.tripwirejs.model.webhook.WebhookDeliveryStatus;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.testing.support.WebhookReceiver;
import com.tripwirejs.testing.support.WebhookReceiver.Received;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import com.tripwirejs.webhooks.token.SessionVerification;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake delivers the event receivers exist for: {@code session.result.persisted}, signed with
 * {@code X-Foil-*}, to every active subscribed endpoint, recorded in the event log with each
 * delivery's outcome, and retried as the test says, boundedly.
 */
class FakeWebhookEventsTest {
  private FakeTripwire fake;
  private TripwireClient client;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    fake = FakeTripwire.start();
    client = TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(fake.secretKey()).build();
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (fake != null) {
      fake.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void aPersistedResultReachesEverySubscribedEndpointSignedAndTyped() {
    WebhookEndpoint first = endpoint("/first");
    WebhookEndpoint second = endpoint("/second");
    WebhookEndpoint disabled = endpoint("/disabled");
    client.webhooks().endpoints().disable(fake.organizationId(), disabled.id());
    String sessionId = fake.sessionIds().get(3);

    Event event = fake.persistSessionResult(sessionId);

    assertThat(event.type()).isEqualTo(WebhookEventType.SESSION_RESULT_PERSISTED);
    assertThat(event.subject().id()).isEqualTo(sessionId);
    assertThat(event.webhookDeliveries()).extracting(WebhookDelivery::endpointId)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(event.webhookDeliveries()).allSatisfy(delivery -> {
      assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
      assertThat(delivery.attempts()).isEqualTo(1);
      assertThat(delivery.responseStatus()).isEqualTo(200);
      assertThat(delivery.eventId()).isEqualTo(event.id());
      assertThat(delivery.eventType()).isEqualTo(WebhookEventType.SESSION_RESULT_PERSISTED);
    });
    assertThat(receiver.received("/disabled")).as("a disabled endpoint gets nothing").isEmpty();

    SessionVerification sealed = SealedTokenVerifier.of(fake.secretKey()).verify(fake.sealedToken(sessionId));
    for (WebhookEndpoint endpoint : List.of(first, second)) {
      List<Received> requests = receiver.received(path(endpoint));
      assertThat(requests).hasSize(1);
      Received request = requests.get(0);
      assertThat(request.header(ServiceGeneration.CURRENT.webhookTimestampHeader())).isNotBlank();
      assertThat(request.header(ServiceGeneration.CURRENT.webhookSignatureHeader())).isNotBlank();
      assertThat(request.headers().keySet()).noneMatch(name -> name.startsWith("x-tripwire-"));

      WebhookEvent verified =
          WebhookVerifier.builder().addSigningSecret(endpoint.signingSecret()).rejectUnknownEventTypes(true).build()
              .verify(request.body(), request.lookup());
      assertThat(verified).isInstanceOf(SessionResultPersistedEvent.class);
      SessionResultPersistedEvent persisted = (SessionResultPersistedEvent) verified;
      assertThat(persisted.id()).isEqualTo(event.id());
      assertThat(persisted.data().session().id()).isEqualTo(sessionId);
      assertThat(persisted.data().decision().verdict()).isEqualTo(sealed.decision().verdict());
      assertThat(persisted.data().decision().riskScore()).isEqualTo(sealed.decision().riskScore());
      assertThat(persisted.data().visitorFingerprint()).isNotNull();
      assertThat(persisted.data().request().url()).isNotBlank();
      assertThat(persisted.data().signals()).isNotEmpty();
      assertThat(persisted.unknownProperties()).isEmpty();

      // Signed for this endpoint only.
      WebhookEndpoint other = endpoint.id().equals(first.id()) ? second : first;
      assertThatThrownBy(() -> WebhookVerifier.of(other.signingSecret()).verify(request.body(), request.lookup()))
          .isInstanceOf(WebhookVerificationException.class);
    }

    // The event log has it, with the same deliveries, from the list and by id.
    Page<Event> listed = client.webhooks().events().list(fake.organizationId(),
        EventListParams.builder().type(WebhookEventType.SESSION_RESULT_PERSISTED).build());
    assertThat(listed.items()).extracting(Event::id).containsExactly(event.id());
    assertThat(client.webhooks().events().get(fake.organizationId(), event.id())).isEqualTo(event);
    assertThat(client.webhooks().events().list(fake.organizationId(),
            EventListParams.builder().endpointId(disabled.id()).build()).items())
        .isEmpty();
  }

  @Test
  void aFailingReceiverIsAFailedDeliveryThatTheTestRetries() {
    WebhookEndpoint endpoint = endpoint("/flaky");
    receiver.answer(503, "down for maintenance");

    Event event = fake.persistSessionResult(fake.sessionIds().get(0));

    WebhookDelivery failed = event.webhookDeliveries().get(0);
    assertThat(failed.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.responseStatus()).isEqualTo(503);
    assertThat(failed.responseBody()).isEqualTo("down for maintenance");
    assertThat(client.webhooks().events().get(fake.organizationId(), event.id()).webhookDeliveries())
        .containsExactly(failed);

    List<WebhookDelivery> retried = fake.retryFailedDeliveries();
    assertThat(retried).singleElement().satisfies(delivery -> {
      assertThat(delivery.id()).isEqualTo(failed.id());
      assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
      assertThat(delivery.attempts()).isEqualTo(2);
    });

    receiver.answer(200, "");
    retried = fake.retryFailedDeliveries();
    assertThat(retried).singleElement().satisfies(delivery -> {
      assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
      assertThat(delivery.attempts()).isEqualTo(3);
      assertThat(delivery.responseStatus()).isEqualTo(200);
      assertThat(delivery.error()).isNull();
    });
    assertThat(fake.retryFailedDeliveries()).as("nothing left to retry").isEmpty();

    // Each attempt was the same event, each signed so that it verifies.
    List<Received> requests = receiver.received(path(endpoint));
    assertThat(requests).hasSize(3);
    WebhookVerifier verifier = WebhookVerifier.of(endpoint.signingSecret());
    assertThat(requests).allSatisfy(request ->
        assertThat(verifier.verify(request.body(), request.lookup()).id()).isEqualTo(event.id()));
    assertThat(client.webhooks().events().get(fake.organizationId(), event.id()).webhookDeliveries())
        .singleElement().extracting(WebhookDelivery::status).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
  }

  @Test
  void retriesEndAfterTheLastAttempt() {
    WebhookEndpoint endpoint = endpoint("/always-down");
    receiver.answer(500, "boom");
    Event event = fake.persistSessionResult(fake.sessionIds().get(1));

    int calls = 0;
    while (!fake.retryFailedDeliveries().isEmpty()) {
      calls++;
      assertThat(calls).as("retrying ends").isLessThan(FakeTripwire.MAX_DELIVERY_ATTEMPTS);
    }
    assertThat(calls).isEqualTo(FakeTripwire.MAX_DELIVERY_ATTEMPTS - 1);
    assertThat(receiver.received(path(endpoint))).hasSize(FakeTripwire.MAX_DELIVERY_ATTEMPTS);
    WebhookDelivery last = client.webhooks().events().get(fake.organizationId(), event.id()).webhookDeliveries().get(0);
    assertThat(last.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(last.attempts()).isEqualTo(FakeTripwire.MAX_DELIVERY_ATTEMPTS);
  }

  @Test
  void aRetryUsesTheRotatedSecretAndSkipsAnEndpointDisabledSince() {
    WebhookEndpoint rotating = endpoint("/rotating");
    WebhookEndpoint disabledLater = endpoint("/disabled-later");
    receiver.answer(500, "");
    Event event = fake.persistSessionResult(fake.sessionIds().get(2));
    assertThat(event.webhookDeliveries()).extracting(WebhookDelivery::status)
        .containsOnly(WebhookDeliveryStatus.FAILED);

    WebhookEndpoint rotated = client.webhooks().endpoints().rotateSecret(fake.organizationId(), rotating.id());
    client.webhooks().endpoints().disable(fake.organizationId(), disabledLater.id());
    receiver.answer(204, "");

    List<WebhookDelivery> retried = fake.retryFailedDeliveries();
    assertThat(retried).hasSize(2);
    assertThat(retried).filteredOn(d -> d.endpointId().equals(disabledLater.id())).singleElement()
        .satisfies(d -> {
          assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.SKIPPED);
          assertThat(d.attempts()).isEqualTo(1);
        });
    assertThat(retried).filteredOn(d -> d.endpointId().equals(rotating.id())).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.SUCCEEDED));
    assertThat(receiver.received(path(disabledLater))).hasSize(1);
    Received retry = receiver.received(path(rotating)).get(1);
    assertThat(WebhookVerifier.of(rotated.signingSecret()).verify(retry.body(), retry.lookup()).id()).isEqualTo(event.id());
    assertThat(fake.retryFailedDeliveries()).isEmpty();
  }

  @Test
  void anUnreachableEndpointFailsWithAnErrorAndNoStatus() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    client.webhooks().endpoints().create(fake.organizationId(), CreateWebhookEndpointRequest.builder()
        .name("Gone").url("http://127.0.0.1:" + closedPort + "/hooks")
        .addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED).build());

    WebhookDelivery delivery = fake.persistSessionResult(fake.sessionIds().get(0)).webhookDeliveries().get(0);

    assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(delivery.responseStatus()).isNull();
    assertThat(delivery.responseBody()).isNull();
    assertThat(delivery.error()).startsWith("The endpoint could not be reached");
  }

  @Test
  void withoutEndpointsTheEventIsLoggedWithNoDelivery() {
    Event event = fake.persistSessionResult(fake.sessionIds().get(0));
    assertThat(event.webhookDeliveries()).isEmpty();
    assertThat(client.webhooks().events().get(fake.organizationId(), event.id())).isEqualTo(event);
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void anUnknownSessionIsRefused() {
    assertThatThrownBy(() -> fake.persistSessionResult("sid_00000000000000000000000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessionIds()");
  }

  private WebhookEndpoint endpoint(String path) {
    return client.webhooks().endpoints().create(fake.organizationId(), CreateWebhookEndpointRequest.builder()
        .name("Receiver " + path)
        .url(receiver.url(path))
        .addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED)
        .build());
  }

  private String path(WebhookEndpoint endpoint) {
    String url = endpoint.url();
    return url.substring(url.indexOf('/', "http://".length()));
  }
}
