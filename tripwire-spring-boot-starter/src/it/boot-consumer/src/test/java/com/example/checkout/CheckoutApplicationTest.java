package com.example.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckoutApplicationTest {

  static final String SECRET = "whsec_consumer_0123456789abcdef";
  static final String EVENT =
      "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\","
          + "\"created\":\"2026-01-02T00:00:00.000Z\","
          + "\"data\":{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}}";

  static FakeTripwire fake;

  @DynamicPropertySource
  static void tripwire(DynamicPropertyRegistry registry) {
    fake = FakeTripwire.start();
    registry.add("tripwire.base-url", () -> fake.baseUrl().toString());
    registry.add("tripwire.secret-key", fake::secretKey);
    registry.add("tripwire.webhooks.signing-secrets", () -> SECRET);
  }

  @AfterAll
  static void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  @LocalServerPort int port;
  @Autowired TripwireClient client;
  @Autowired TripwireAsyncClient async;
  @Autowired SealedTokenVerifier sealedTokens;
  @Autowired CheckoutApplication.FoilWebhooks webhooks;
  @Autowired MeterRegistry meters;

  @Test
  void runsOnThisBootWithItsLibraries() {
    System.out.println(
        "Boot " + SpringBootVersion.getVersion()
            + ", Jackson 2 " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
            + ", HttpClient 5 " + org.apache.hc.client5.http.impl.classic.HttpClients.class.getPackage().getImplementationVersion());
    assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.boot"));
    if (SpringBootVersion.getVersion().startsWith("4.")) {
      // Boot 4's own Jackson 3 is there beside the SDK's Jackson 2.
      assertThat(exists("tools.jackson.databind.json.JsonMapper")).isTrue();
    }
    // The SDK's floor.
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion())
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void callsTheApiSyncAndAsync() throws Exception {
    String id = fake.sessionIds().get(0);
    assertThat(client.sessions().get(id).id()).isEqualTo(id);
    assertThat(async.sessions().get(id).get(10, TimeUnit.SECONDS).id()).isEqualTo(id);
    assertThat(sealedTokens.verify(fake.sealedToken(id))).isNotNull();

    // Boot's own ObservationRegistry saw them, through tripwire-micrometer.
    assertThat(meters.get("tripwire.client.calls").tag("operation", "getSession").timer().count())
        .isEqualTo(2);
    assertThat(meters.get("tripwire.verifications").tag("kind", "sealed_token").timer().count())
        .isEqualTo(1);
  }

  @Test
  void receivesAVerifiedWebhookAndAnswersWithBootsJson() throws Exception {
    HttpResponse<String> ok = post(EVENT, WebhookSigner.of(SECRET).sign(EVENT));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"id\":\"wevt_1\"").contains("\"type\":\"webhook.test\"");

    int before = webhooks.received.size();
    HttpResponse<String> tampered =
        post(EVENT.replace("we_1", "we_2"), WebhookSigner.of(SECRET).sign(EVENT));
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(webhooks.received).hasSize(before);
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private HttpResponse<String> post(String body, WebhookSignature signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/foil"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (Map.Entry<String, String> header : signature.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
