package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.webhooks.WebhookEndpoints;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.Event;
import com.tripwirejs.model.webhook.WebhookDelivery;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.WebhookTest;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Step 5: a webhook endpoint whose deliveries a local handler verifies. The endpoint is created
 * with the handler's URL, the API's test webhook is sent through it, and the handler checks the
 * signature with {@link WebhookVerifier} and reads the typed event. A copy of that delivery with
 * its body altered, sent to the handler with the original signature, is turned away.
 *
 * <pre>{@code
 * WebhookEndpoint endpoint = client.webhooks().endpoints().create(organizationId,
 *     CreateWebhookEndpointRequest.builder()
 *         .name("Fraud alerts")
 *         .url("https://example.com/webhooks/tripwire")
 *         .addEventType(WebhookEventType.SESSION_RESULT_PERSISTED)
 *         .build());
 * Secret signingSecret = endpoint.signingSecret(); // shown on create and on rotateSecret only
 * }</pre>
 */
public final class WebhookRoundTrip {

  /**
   * What the round trip showed.
   *
   * @param endpointId the endpoint, {@code we_...}
   * @param receiverUrl the handler's URL the endpoint delivers to
   * @param subscribedTo the event types the endpoint was created for
   * @param eventId the test event the API sent
   * @param received what the handler received and answered for the test webhook
   * @param delivery the API's record of the delivery (status and the handler's answer), if any
   * @param loggedType the event's type in the organization's event log
   * @param tampered what the handler answered to the altered copy
   * @param disabled whether the endpoint was disabled at the end
   */
  public record RoundTrip(
      String endpointId,
      URI receiverUrl,
      List<WebhookEventType> subscribedTo,
      String eventId,
      WebhookReceiver.Delivery received,
      @Nullable WebhookDelivery delivery,
      WebhookEventType loggedType,
      WebhookReceiver.Delivery tampered,
      boolean disabled) {}

  private static final Duration WAIT = Duration.ofSeconds(10);

  private WebhookRoundTrip() {}

  /**
   * Creates an endpoint pointing at a local handler, sends the test webhook through it, replays it
   * altered, and disables the endpoint.
   *
   * @param client a client whose key may manage the organization's webhooks
   * @param organizationId the organization, {@code org_...}
   * @return what happened
   * @throws IllegalStateException if the handler receives nothing in time
   */
  public static RoundTrip run(TripwireClient client, String organizationId) {
    WebhookEndpoints endpoints = client.webhooks().endpoints();
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      WebhookEndpoint endpoint =
          endpoints.create(
              organizationId,
              CreateWebhookEndpointRequest.builder()
                  .name("Quickstart handler")
                  .url(receiver.url().toString())
                  .addEventType(WebhookEventType.SESSION_RESULT_PERSISTED)
                  .build());
      Secret signingSecret =
          Objects.requireNonNull(endpoint.signingSecret(), "the API returns the signing secret on create");
      receiver.trust(signingSecret);

      WebhookTest test = endpoints.sendTest(organizationId, endpoint.id());
      WebhookReceiver.Delivery received =
          receiver
              .nextDelivery(WAIT)
              .orElseThrow(() -> new IllegalStateException(
                  "The handler at " + receiver.url() + " received no webhook within " + WAIT.toSeconds() + " s"));

      WebhookReceiver.Delivery tampered = replayTampered(receiver, received);

      Event logged = client.webhooks().events().get(organizationId, test.eventId());
      WebhookEndpoint disabled = endpoints.disable(organizationId, endpoint.id());
      return new RoundTrip(
          endpoint.id(),
          receiver.url(),
          endpoint.eventTypes(),
          test.eventId(),
          received,
          test.latestDelivery(),
          logged.type(),
          tampered,
          !disabled.status().value().equals("active"));
    }
  }

  /**
   * Sends {@code original} to the handler again with one change to its body and the original
   * signature headers: what an attacker who captured a delivery could try.
   */
  private static WebhookReceiver.Delivery replayTampered(WebhookReceiver receiver, WebhookReceiver.Delivery original) {
    String body = new String(original.rawBody(), StandardCharsets.UTF_8);
    String altered = body.replaceFirst("\"we_", "\"we_0");
    if (altered.equals(body)) {
      altered = body + " ";
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(receiver.url())
            .timeout(WAIT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(altered, StandardCharsets.UTF_8));
    if (original.signed() != null) {
      original.signed().headers().forEach(request::header);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    try {
      http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException("The altered copy could not be sent to " + receiver.url(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sending the altered copy", e);
    }
    return receiver
        .nextDelivery(WAIT)
        .orElseThrow(() -> new IllegalStateException("The handler did not answer the altered copy"));
  }
}
