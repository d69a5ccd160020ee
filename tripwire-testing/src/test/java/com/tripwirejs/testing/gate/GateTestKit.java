package com.tripwirejs.testing.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.GateManagedService;
import com.tripwirejs.gate.model.GateSessionCreate;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.testing.FakeTripwire;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** What the Gate tests share: clients, a service of the fake's organization, raw HTTP, a clock. */
final class GateTestKit {
  private GateTestKit() {}

  static TripwireClient client(FakeTripwire fake, String secretKey) {
    return TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(secretKey).build();
  }

  /** A client as an agent has it: no secret key of the organization. */
  static TripwireClient agentClient(FakeTripwire fake) {
    return TripwireClient.builder().baseUrl(fake.baseUrl().toString()).build();
  }

  /**
   * Creates the organization's service {@code id} (not discoverable) with a publishable and a
   * secret key variable and its own webhook endpoint.
   */
  static GateManagedService createService(TripwireClient client, FakeTripwire fake, String id) {
    String endpointId =
        client.webhooks().endpoints().create(fake.organizationId(), CreateWebhookEndpointRequest.builder()
                .name("Gate approvals")
                .url("https://acme.example.com/tripwire/webhooks")
                .addEventTypes(WebhookEventType.GATE_SESSION_APPROVED)
                .build())
            .id();
    return TripwireGate.of(client).services().create(serviceRequest(id, endpointId).build());
  }

  static CreateGateServiceRequest.Builder serviceRequest(String id, String endpointId) {
    return CreateGateServiceRequest.builder()
        .id(id)
        .name("Acme Production")
        .description("Acme production signup flow")
        .website("https://acme.example.com")
        .addEnvVars(
            GateEnvVar.builder().name("Publishable key").key("ACME_PUBLISHABLE_KEY").secret(false).build(),
            GateEnvVar.builder().name("Secret key").key("ACME_SECRET_KEY").secret(true).build())
        .webhookEndpointId(endpointId);
  }

  static GateSessionCreate createSession(TripwireClient agent, String serviceId, GateDeliveryKeyPair keys) {
    return TripwireGate.of(agent).sessions().create(CreateGateSessionRequest.builder()
        .serviceId(serviceId)
        .accountName("my-project")
        .delivery(keys.delivery())
        .build());
  }

  /** An answer of the fake to a request sent without the SDK. */
  record RawAnswer(int status, @Nullable String requestId, JsonNode body) {
    String errorCode() {
      return body.path("error").path("code").asText();
    }
  }

  /** Sends a request as-is, with {@code authorization} as the header when not null. */
  static RawAnswer send(FakeTripwire fake, String method, String path, @Nullable String authorization, @Nullable String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    JsonNode body =
        response.body().length == 0
            ? TripwireJson.readTree("{}".getBytes(StandardCharsets.UTF_8))
            : TripwireJson.readTree(response.body());
    return new RawAnswer(response.statusCode(), response.headers().firstValue("x-request-id").orElse(null), body);
  }

  /** A clock a test moves forward. */
  static final class SteppingClock extends Clock {
    private final AtomicReference<Instant> now;

    SteppingClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration step) {
      now.updateAndGet(instant -> instant.plus(step));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
