package com.tripwirejs.testing.gate;

import static com.tripwirejs.testing.gate.GateTestKit.agentClient;
import static com.tripwirejs.testing.gate.GateTestKit.client;
import static com.tripwirejs.testing.gate.GateTestKit.createSession;
import static com.tripwirejs.testing.gate.GateTestKit.serviceRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.delivery.GateApprovedWebhook;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.model.GateSessionApprovedEvent;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.session.Verdict;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.Event;
import com.tripwirejs.model.webhook.WebhookDelivery;
import com.tripwirejs.model.webhook.WebhookDeliveryStatus;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.testing.ApprovedGateSession;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.testing.support.WebhookReceiver;
import com.tripwirejs.testing.support.WebhookReceiver.Received;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approving a Gate session sends {@code gate.session.approved} to the endpoint its service names,
 * signed so that tripwire-webhooks' verifier and the Gate module's payload checks accept it, and
 * logs it with the delivery's outcome; no other endpoint gets it.
 */
class GateApprovedWebhookTest {
  private FakeTripwire fake;
  private TripwireClient client;
  private TripwireClient agent;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    fake = FakeTripwire.builder().gate().sessions(3).start();
    client = client(fake, fake.secretKey());
    agent = agentClient(fake);
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
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
  void theServicesEndpointReceivesTheSignedApproval() {
    WebhookEndpoint named = endpoint("/gate", WebhookEventType.GATE_SESSION_APPROVED);
    WebhookEndpoint bystander = endpoint("/results", WebhookEventType.SESSION_RESULT_PERSISTED);
    String serviceId = TripwireGate.of(client).services().create(serviceRequest("acme", named.id()).build()).id();
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateSessionCreate session = createSession(agent, serviceId, keys);

    ApprovedGateSession approved = fake.gate().approveSession(session.id());

    assertThat(receiver.received("/results")).as("an endpoint the service does not name").isEmpty();
    List<Received> requests = receiver.received("/gate");
    assertThat(requests).hasSize(1);
    Received request = requests.get(0);
    assertThat(request.header(ServiceGeneration.CURRENT.webhookSignatureHeader())).isNotBlank();
    GateSessionApprovedEvent event =
        GateApprovedWebhook.verify(WebhookVerifier.of(named.signingSecret()), request.body(), headers(request));
    assertThat(event.data().serviceId()).isEqualTo(serviceId);
    assertThat(event.data().gateSessionId()).isEqualTo(session.id());
    assertThat(event.data().gateAccountId()).isEqualTo(approved.gateAccountId());
    assertThat(event.data().accountName()).isEqualTo("my-project");
    assertThat(event.data().generation()).isEqualTo(ServiceGeneration.FOIL);
    assertThat(event.data().verdict().verdict()).isEqualTo(Verdict.HUMAN);
    assertThat(event.data().delivery().keyId()).isEqualTo(keys.delivery().keyId());

    Event logged = client.webhooks().events().get(fake.organizationId(), event.id());
    assertThat(logged.type()).isEqualTo(WebhookEventType.GATE_SESSION_APPROVED);
    assertThat(logged.subject().id()).isEqualTo(session.id());
    assertThat(logged.webhookDeliveries()).singleElement().satisfies(delivery -> {
      assertThat(delivery.endpointId()).isEqualTo(named.id());
      assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
      assertThat(delivery.attempts()).isEqualTo(1);
    });
    assertThat(bystander.id()).isNotEqualTo(named.id());
  }

  @Test
  void aFailedApprovalDeliveryIsRetriedAndADisabledEndpointGetsNothing() {
    WebhookEndpoint named = endpoint("/gate", WebhookEventType.GATE_SESSION_APPROVED);
    String serviceId = TripwireGate.of(client).services().create(serviceRequest("acme", named.id()).build()).id();
    receiver.answer(500, "not yet");

    GateSessionCreate first = createSession(agent, serviceId, GateDeliveryKeyPair.generate());
    fake.gate().approveSession(first.id());
    Event failed = onlyEventOf(first.id());
    assertThat(failed.webhookDeliveries()).singleElement().satisfies(delivery -> {
      assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
      assertThat(delivery.responseStatus()).isEqualTo(500);
    });

    receiver.answer(200, "");
    assertThat(fake.retryFailedDeliveries()).singleElement()
        .extracting(WebhookDelivery::status).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
    assertThat(receiver.received("/gate")).hasSize(2);

    client.webhooks().endpoints().disable(fake.organizationId(), named.id());
    GateSessionCreate second = createSession(agent, serviceId, GateDeliveryKeyPair.generate());
    fake.gate().approveSession(second.id());
    assertThat(receiver.received("/gate")).as("a disabled endpoint gets nothing").hasSize(2);
    assertThat(onlyEventOf(second.id()).webhookDeliveries()).isEmpty();
  }

  @Test
  void theFirstPartyServiceSendsNothing() {
    endpoint("/gate", WebhookEventType.GATE_SESSION_APPROVED);
    GateSessionCreate session = createSession(agent, "foil", GateDeliveryKeyPair.generate());
    fake.gate().approveSession(session.id());
    assertThat(receiver.received()).isEmpty();
  }

  private Event onlyEventOf(String gateSessionId) {
    List<Event> events = client.webhooks().events().list(fake.organizationId()).items().stream()
        .filter(event -> event.subject().id().equals(gateSessionId))
        .toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private WebhookEndpoint endpoint(String path, WebhookEventType type) {
    return client.webhooks().endpoints().create(fake.organizationId(), CreateWebhookEndpointRequest.builder()
        .name("Receiver " + path).url(receiver.url(path)).addEventTypes(type).build());
  }

  private static Map<String, String> headers(Received request) {
    return request.headers();
  }
}
