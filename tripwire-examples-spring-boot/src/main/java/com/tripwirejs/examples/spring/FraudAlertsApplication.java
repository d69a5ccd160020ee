package com.tripwirejs.examples.spring;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEndpoint;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.testing.FakeTripwire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service with the Tripwire starter, run against a local fake API: the starter
 * makes the {@link TripwireClient} from {@code tripwire.*} properties, and {@link
 * FraudAlertsController} receives verified webhook events.
 *
 * <p>The run: start the fake API, register a webhook endpoint at this service's URL (its signing
 * secret goes into {@code tripwire.webhooks.signing-secrets}), start the service, list a few
 * sessions through the auto-configured client, ask the API to send the test webhook, and print
 * what the controller received. Then it stops.
 *
 * <pre>{@code
 * ./mvnw -q -pl tripwire-examples-spring-boot -am compile -Pspring-boot-example
 * }</pre>
 */
@SpringBootApplication
public class FraudAlertsApplication {

  private static final Logger log = LoggerFactory.getLogger(FraudAlertsApplication.class);

  /**
   * Runs the demo.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    try (FakeTripwire fake = FakeTripwire.start()) {
      int port = freePort();
      WebhookEndpoint endpoint = registerEndpoint(fake, port);
      SpringApplication application = new SpringApplication(FraudAlertsApplication.class);
      application.setDefaultProperties(
          Map.of(
              "server.port", port,
              "tripwire.base-url", fake.baseUrl().toString(),
              "tripwire.secret-key", fake.secretKey(),
              "tripwire.webhooks.signing-secrets",
                  Objects.requireNonNull(endpoint.signingSecret()).reveal(),
              "fraud-alerts.organization-id", fake.organizationId(),
              "fraud-alerts.endpoint-id", endpoint.id()));
      ConfigurableApplicationContext context = application.run(args);
      SpringApplication.exit(context);
    }
  }

  /**
   * The demo, once the service is up: the client the starter made calls the API, and the API's
   * test webhook arrives at the controller.
   *
   * @param client the auto-configured client
   * @param controller the webhook controller
   * @param organizationId the organization whose endpoint was registered
   * @param endpointId the endpoint
   * @return the runner
   */
  @Bean
  ApplicationRunner demo(
      TripwireClient client,
      FraudAlertsController controller,
      @Value("${fraud-alerts.organization-id}") String organizationId,
      @Value("${fraud-alerts.endpoint-id}") String endpointId) {
    return arguments -> {
      for (SessionSummary session : client.sessions().list().items().stream().limit(3).toList()) {
        log.info("Session {}: {}", session.id(), session.latestDecision().verdict());
      }
      client.webhooks().endpoints().sendTest(organizationId, endpointId);
      WebhookEvent event = controller.received().poll(10, TimeUnit.SECONDS);
      if (event == null) {
        throw new IllegalStateException("The test webhook did not arrive");
      }
      log.info("The controller received {} {}, verified", event.type(), event.id());
    };
  }

  private static WebhookEndpoint registerEndpoint(FakeTripwire fake, int port) {
    try (TripwireClient setup =
        TripwireClient.builder()
            .baseUrl(fake.baseUrl().toString())
            .secretKey(fake.secretKey())
            .build()) {
      return setup
          .webhooks()
          .endpoints()
          .create(
              fake.organizationId(),
              CreateWebhookEndpointRequest.builder()
                  .name("Fraud alerts")
                  .url("http://localhost:" + port + "/webhooks/foil")
                  .addEventType(WebhookEventType.SESSION_RESULT_PERSISTED)
                  .build());
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
