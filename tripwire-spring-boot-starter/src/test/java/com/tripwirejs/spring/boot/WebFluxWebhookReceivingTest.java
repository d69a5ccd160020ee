package com.tripwirejs.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.spring.boot.reactiveapp.ReactiveWebhookTestApplication;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same receiving path in a WebFlux application on a real Netty server. */
@SpringBootTest(
    classes = ReactiveWebhookTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=reactive",
      "tripwire.webhooks.signing-secrets=" + WebFluxWebhookReceivingTest.SECRET,
      "tripwire.webhooks.max-body-size=4KB"
    })
class WebFluxWebhookReceivingTest {

  static final String SECRET = "whsec_reactive_0123456789abcdef";

  @LocalServerPort int port;
  @Autowired BlockingQueue<WebhookEvent> received;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void clear() {
    received.clear();
  }

  @Test
  void aSignedDeliveryReachesTheControllerTyped() throws Exception {
    HttpResponse<String> response =
        post(WebhookReceivingTest.TEST_EVENT, WebhookSigner.of(SECRET).sign(WebhookReceivingTest.TEST_EVENT));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(received.poll(1, TimeUnit.SECONDS)).isInstanceOf(WebhookTestEvent.class);
  }

  @Test
  void aTamperedOrStaleDeliveryIsAnswered400WithoutCallingTheController() throws Exception {
    String body = WebhookReceivingTest.TEST_EVENT;
    WebhookSignature signature = WebhookSigner.of(SECRET).sign(body);

    assertThat(post(body.replace("we_1", "we_2"), signature).statusCode()).isEqualTo(400);
    assertThat(
            post(body, WebhookSigner.of(SECRET).sign(body, Instant.now().minus(Duration.ofHours(1))))
                .statusCode())
        .isEqualTo(400);
    assertThat(received).isEmpty();
  }

  @Test
  void aBodyOverTheLimitIsAnswered413() throws Exception {
    String body = WebhookReceivingTest.TEST_EVENT.replace("we_1", "we_" + "x".repeat(8192));

    assertThat(post(body, WebhookSigner.of(SECRET).sign(body)).statusCode()).isEqualTo(413);
    assertThat(received).isEmpty();
  }

  private HttpResponse<String> post(String body, WebhookSignature signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/foil"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (Map.Entry<String, String> header : signature.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
