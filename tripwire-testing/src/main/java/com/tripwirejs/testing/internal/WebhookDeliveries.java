package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * How the fake delivers the API's events: each event joins the organization's event log with one
 * delivery per endpoint it is sent to, and each delivery is a real signed POST ({@code X-Foil-*}
 * headers) to the endpoint's URL whose outcome the delivery records. Requests to receivers are made
 * without holding the state's lock, so that a receiver may call the fake back.
 *
 * <p>Retries are test-controlled: {@link #retryFailed()} attempts every failed delivery once more,
 * up to {@link #MAX_ATTEMPTS} attempts, at once and without waiting.
 */
public final class WebhookDeliveries {
  /** The most attempts the fake makes at one delivery, the first included. */
  public static final int MAX_ATTEMPTS = 5;

  /** The longest response body of a receiver that a delivery keeps, in characters. */
  static final int MAX_RESPONSE_BODY = 1000;

  /** How long one attempt may take, from connecting to the end of the receiver's response. */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  private final FakeState state;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  WebhookDeliveries(FakeState state) {
    this.state = state;
  }

  /** What one attempt at a delivery came to: the receiver's status and body, or why there was none. */
  record Outcome(@Nullable Integer status, @Nullable String body, @Nullable String error) {
    boolean succeeded() {
      return status != null && status >= 200 && status < 300;
    }
  }

  /** One delivery about to be attempted: where it goes and with which secret. */
  private record Attempt(EventRecord event, ObjectNode delivery, String url, String signingSecret) {}

  /**
   * Persists the result of a seeded session as the API does after scoring it: a {@code
   * session.result.persisted} event for the fake's organization, delivered to each of its
   * endpoints that is active and subscribes to the type.
   *
   * @return the event as the event log shows it, with each delivery's outcome
   * @throws IllegalArgumentException if no seeded session has {@code sessionId}
   */
  public ObjectNode persistSessionResult(String sessionId) {
    String type = WebhookEventType.SESSION_RESULT_PERSISTED.value();
    EventRecord event;
    List<Attempt> attempts = new ArrayList<>();
    synchronized (state) {
      SessionData.Seeded session;
      try {
        session = state.sessions.session(sessionId);
      } catch (ApiProblem notFound) {
        throw new IllegalArgumentException(
            "No seeded session has id " + sessionId + ": pass one of FakeTripwire.sessionIds()", notFound);
      }
      Instant now = state.now();
      String organizationId = state.organizationId();
      String eventId = state.ids().hex("wevt_", 16);
      List<ObjectNode> deliveries = new ArrayList<>();
      List<WebhookEndpointRecord> targets = new ArrayList<>();
      for (WebhookEndpointRecord endpoint : state.endpoints.values()) {
        if (endpoint.organizationId().equals(organizationId)
            && endpoint.status().equals("active")
            && endpoint.eventTypes().contains(type)) {
          deliveries.add(newDelivery(eventId, endpoint.id(), type, now));
          targets.add(endpoint);
        }
      }
      event =
          new EventRecord(
              organizationId, eventId, type, "session", session.id(),
              SessionResultPayload.of(session, now), List.copyOf(deliveries), now);
      for (int i = 0; i < targets.size(); i++) {
        attempts.add(new Attempt(event, deliveries.get(i), targets.get(i).url(), targets.get(i).signingSecret()));
      }
      state.recordEvent(event);
    }
    return deliverAll(event, attempts);
  }

  /**
   * Records an event that the fake sends to one endpoint (for Gate, the endpoint a service
   * names), delivering it when the endpoint is active; an endpoint that is missing or disabled
   * gets no delivery.
   *
   * @return the event as the event log shows it
   */
  ObjectNode publishTo(
      String organizationId,
      String type,
      String subjectType,
      String subjectId,
      ObjectNode data,
      @Nullable String endpointId) {
    EventRecord event;
    List<Attempt> attempts = new ArrayList<>();
    synchronized (state) {
      Instant now = state.now();
      String eventId = state.ids().hex("wevt_", 16);
      WebhookEndpointRecord endpoint = endpointId == null ? null : state.endpoints.get(endpointId);
      List<ObjectNode> deliveries = new ArrayList<>();
      if (endpoint != null && endpoint.organizationId().equals(organizationId) && endpoint.status().equals("active")) {
        deliveries.add(newDelivery(eventId, endpoint.id(), type, now));
      }
      event = new EventRecord(organizationId, eventId, type, subjectType, subjectId, data, List.copyOf(deliveries), now);
      if (endpoint != null && !deliveries.isEmpty()) {
        attempts.add(new Attempt(event, deliveries.get(0), endpoint.url(), endpoint.signingSecret()));
      }
      state.recordEvent(event);
    }
    return deliverAll(event, attempts);
  }

  /**
   * Attempts every failed delivery of the event log once more, at once: each whose endpoint is
   * still active is sent again (signed with the endpoint's current secret) and records the new
   * outcome with one more attempt; one whose endpoint was disabled or removed since becomes {@code
   * skipped}; one that has had {@link #MAX_ATTEMPTS} attempts stays {@code failed}.
   *
   * @return the deliveries this call attempted or skipped, after the attempt
   */
  public List<ObjectNode> retryFailed() {
    List<Attempt> due = new ArrayList<>();
    List<ObjectNode> touched = new ArrayList<>();
    synchronized (state) {
      for (EventRecord event : state.events) {
        for (ObjectNode delivery : event.deliveries()) {
          if (!delivery.path("status").asText().equals("failed") || delivery.path("attempts").asInt() >= MAX_ATTEMPTS) {
            continue;
          }
          WebhookEndpointRecord endpoint = state.endpoints.get(delivery.path("endpoint_id").asText());
          touched.add(delivery);
          if (endpoint == null || !endpoint.status().equals("active")) {
            delivery.put("status", "skipped");
            delivery.put("updated_at", ApiTimestamps.format(state.now()));
          } else {
            delivery.put("status", "delivering");
            due.add(new Attempt(event, delivery, endpoint.url(), endpoint.signingSecret()));
          }
        }
      }
    }
    for (Attempt attempt : due) {
      attempt(attempt, envelope(attempt.event()));
    }
    synchronized (state) {
      List<ObjectNode> copies = new ArrayList<>();
      touched.forEach(delivery -> copies.add(delivery.deepCopy()));
      return copies;
    }
  }

  /**
   * Sends a signed body to an endpoint once and says what came of it; never throws for anything
   * the receiver does, and gives up after {@link #ATTEMPT_TIMEOUT}.
   */
  Outcome send(String url, String signingSecret, byte[] body) {
    HttpRequest request;
    try {
      WebhookSignature signature = WebhookSigner.of(signingSecret).sign(body);
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(ATTEMPT_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", ServiceGeneration.CURRENT.serviceName() + "-Webhooks (fake)")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      signature.headers().forEach(builder::header);
      request = builder.build();
    } catch (IllegalArgumentException e) {
      return new Outcome(null, null, "The endpoint URL cannot be requested: " + e.getMessage());
    }
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(request, info -> new BoundedBody(MAX_RESPONSE_BODY * 4));
    try {
      HttpResponse<byte[]> response = exchange.get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      String text = new String(response.body(), StandardCharsets.UTF_8);
      return new Outcome(
          response.statusCode(),
          text.length() > MAX_RESPONSE_BODY ? text.substring(0, MAX_RESPONSE_BODY) : text,
          null);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new Outcome(null, null, "The endpoint did not answer within " + ATTEMPT_TIMEOUT.toSeconds() + " seconds");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
      return new Outcome(null, null, "The endpoint could not be reached (" + cause.getClass().getSimpleName() + detail + ")");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return new Outcome(null, null, "The delivery was interrupted");
    }
  }

  /** A delivery that has not been attempted yet, as the event log shows it while it is sent. */
  ObjectNode newDelivery(String eventId, String endpointId, String eventType, Instant now) {
    ObjectNode delivery = JsonNodeFactory.instance.objectNode();
    delivery.put("object", "webhook_delivery");
    delivery.put("id", state.ids().hex("wdlv_", 16));
    delivery.put("event_id", eventId);
    delivery.put("endpoint_id", endpointId);
    delivery.put("event_type", eventType);
    delivery.put("status", "delivering");
    delivery.put("attempts", 0);
    delivery.putNull("response_status");
    delivery.putNull("response_body");
    delivery.putNull("error");
    delivery.put("created_at", ApiTimestamps.format(now));
    delivery.put("updated_at", ApiTimestamps.format(now));
    return delivery;
  }

  /** Writes an attempt's outcome into its delivery: one more attempt, succeeded or failed. */
  static void record(ObjectNode delivery, Outcome outcome, Instant now) {
    delivery.put("status", outcome.succeeded() ? "succeeded" : "failed");
    delivery.put("attempts", delivery.path("attempts").asInt() + 1);
    if (outcome.status() == null) {
      delivery.putNull("response_status");
    } else {
      delivery.put("response_status", outcome.status().intValue());
    }
    delivery.put("response_body", outcome.body());
    delivery.put("error", outcome.error());
    delivery.put("updated_at", ApiTimestamps.format(now));
  }

  /** The body the fake POSTs for an event: the contract's webhook event envelope. */
  static byte[] envelope(EventRecord event) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("id", event.id());
    envelope.put("object", "webhook_event");
    envelope.put("type", event.type());
    envelope.put("created", ApiTimestamps.format(event.createdAt()));
    envelope.set("data", event.data());
    return TripwireJson.writeBytes(envelope);
  }

  private void attempt(Attempt attempt, byte[] body) {
    Outcome outcome = send(attempt.url(), attempt.signingSecret(), body);
    synchronized (state) {
      record(attempt.delivery(), outcome, state.now());
    }
  }

  private ObjectNode deliverAll(EventRecord event, List<Attempt> attempts) {
    byte[] body;
    synchronized (state) {
      body = envelope(event);
    }
    for (Attempt attempt : attempts) {
      attempt(attempt, body);
    }
    synchronized (state) {
      return event.json();
    }
  }
}
