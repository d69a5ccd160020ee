package com.tripwirejs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.testing.support.WebhookReceiver;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who gets a {@code session.result.persisted} delivery: only the fake's organization's active
 * endpoints that subscribe to the type (cases the API's validation keeps a test from setting up
 * through HTTP), and the event log stays bounded.
 */
class WebhookDeliveriesTest {
  private FakeState state;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    state = new FakeState(7, 3, Clock.systemUTC());
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void onlyActiveSubscribedEndpointsOfTheSessionsOrganizationGetADelivery() {
    String own = state.organizationId();
    put(own, "we_subscribed", "/subscribed", "active", List.of("session.result.persisted"));
    put(own, "we_other_type", "/other-type", "active", List.of("gate.session.approved"));
    put(own, "we_disabled", "/disabled", "disabled", List.of("session.result.persisted"));
    put("org_someone_else", "we_elsewhere", "/elsewhere", "active", List.of("session.result.persisted"));

    ObjectNode event = state.webhooks().persistSessionResult(state.sessionIds().get(0));

    List<String> endpoints = new ArrayList<>();
    event.path("webhook_deliveries").forEach(d -> endpoints.add(d.path("endpoint_id").asText()));
    assertThat(endpoints).containsExactly("we_subscribed");
    assertThat(receiver.received()).extracting(WebhookReceiver.Received::path).containsExactly("/subscribed");
  }

  @Test
  void theEventLogKeepsTheNewestEvents() {
    for (int i = 0; i < FakeState.MAX_EVENTS + 3; i++) {
      state.recordEvent(new EventRecord(
          state.organizationId(), "wevt_" + i, "webhook.test", "webhook_endpoint", "we_x",
          new ObjectNode(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance), List.of(), Instant.now()));
    }
    synchronized (state) {
      assertThat(state.events).hasSize(FakeState.MAX_EVENTS);
      assertThat(state.events.get(0).id()).isEqualTo("wevt_3");
      assertThat(state.events.get(FakeState.MAX_EVENTS - 1).id()).isEqualTo("wevt_" + (FakeState.MAX_EVENTS + 2));
    }
  }

  @Test
  void aReceiversLongAnswerIsCutToTheFirstThousandCharacters() {
    put(state.organizationId(), "we_chatty", "/chatty", "active", List.of("session.result.persisted"));
    receiver.answer(500, "x".repeat(2_000_000));

    JsonNode delivery = state.webhooks().persistSessionResult(state.sessionIds().get(0)).path("webhook_deliveries").get(0);

    assertThat(delivery.path("status").asText()).isEqualTo("failed");
    assertThat(delivery.path("response_status").asInt()).isEqualTo(500);
    assertThat(delivery.path("response_body").asText()).hasSize(WebhookDeliveries.MAX_RESPONSE_BODY);
  }

  private void put(String organizationId, String id, String path, String status, List<String> types) {
    Instant now = Instant.now();
    synchronized (state) {
      state.endpoints.put(id, new WebhookEndpointRecord(
          organizationId, id, "Receiver " + path, receiver.url(path), status, types, "whsec_" + id, now, now));
    }
  }
}
