package com.tripwirejs.api.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.Organization;
import com.tripwirejs.model.session.SessionDetail;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A transport of one's own plugs into the client with one builder call and needs only {@code
 * execute}: the SDK still does auth, headers, error mapping and JSON around it, and runs it on the
 * client's executor for non-blocking calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomTransportTest {

  private LoopbackApi server;
  private ExecutorService executor;

  @BeforeAll
  void start() {
    Fixtures fixtures = Fixtures.current();
    byte[] session = fixtures.bytes("api/sessions/detail.json");
    byte[] organization = fixtures.bytes("api/organizations/organization-create.json");
    byte[] notFound = fixtures.bytes("errors/not-found.json");
    server = new LoopbackApi();
    server.answer(
        request -> {
          if (request.rawPath().equals("/v1/sessions/sid_missing")) {
            return new Reply(404, java.util.Map.of("Content-Type", "application/json", "x-request-id", "req_missing"), notFound);
          }
          if (request.rawPath().startsWith("/v1/sessions/")) {
            return Reply.json(200, session);
          }
          if (request.method().equals("POST") && request.rawPath().equals("/v1/organizations")) {
            return Reply.json(201, organization);
          }
          return Reply.json(404, "{}");
        });
    AtomicInteger count = new AtomicInteger();
    executor = Executors.newFixedThreadPool(2, task -> new Thread(task, "app-executor-" + count.incrementAndGet()));
  }

  @AfterAll
  void stop() {
    // Null when the spec is not configured and start() was skipped.
    if (executor != null) {
      executor.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void clear() {
    server.clear();
  }

  /** The whole SPI on {@link HttpURLConnection}: one method. */
  static final class UrlConnectionTransport implements HttpTransport {
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
      threads.add(Thread.currentThread().getName());
      HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
      connection.setRequestMethod(request.method().name());
      connection.setConnectTimeout((int) request.timeout().toMillis());
      connection.setReadTimeout((int) request.timeout().toMillis());
      request.headers().forEach(connection::addRequestProperty);
      if (request.body() != null) {
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(request.body());
        }
      }
      int status = connection.getResponseCode();
      Headers.Builder headers = Headers.builder();
      connection.getHeaderFields().forEach((name, values) -> {
        if (name != null) { // the status line
          values.forEach(value -> headers.add(name, value));
        }
      });
      int limit = (int) Math.min(request.maxResponseBytes(), Integer.MAX_VALUE - 16);
      try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        byte[] body = in == null ? new byte[0] : in.readNBytes(limit + 1);
        if (body.length > limit) {
          throw new IOException("The response is larger than " + limit + " bytes");
        }
        return TransportResponse.of(status, headers.build(), body);
      }
    }
  }

  @Test
  void aTransportOnHttpUrlConnectionServesBlockingAndNonBlockingCalls() {
    UrlConnectionTransport transport = new UrlConnectionTransport();
    try (TripwireClient client =
        TripwireClient.builder()
            .baseUrl(server.baseUrl())
            .secretKey("sk_test_custom")
            .transport(transport)
            .executor(executor)
            .build()) {

      SessionDetail session = client.sessions().get("sid_1");
      assertThat(session.id()).isEqualTo("sid_0123456789abcdefghjkmnpqrs");
      assertThat(transport.threads).containsExactly(Thread.currentThread().getName());

      Organization created = client.organizations().create(CreateOrganizationRequest.builder().name("Acme").slug("acme").build());
      assertThat(created.id()).startsWith("org_");

      // Error statuses are the SDK's business, whatever the transport.
      assertThatThrownBy(() -> client.sessions().get("sid_missing"))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.code()).isEqualTo("request.not_found");
            assertThat(e.requestId()).isEqualTo("req_missing");
          });

      // Non-blocking: the SPI's default runs the blocking transport on the client's executor.
      SessionDetail async = CallMode.await(client.async().sessions().get("sid_2"));
      assertThat(async.id()).isEqualTo(session.id());
      assertThat(transport.threads).hasSize(4);
      assertThat(transport.threads.get(3)).startsWith("app-executor-");
      assertThatThrownBy(() -> CallMode.await(client.async().sessions().get("sid_missing")))
          .isInstanceOf(NotFoundException.class);
    }

    List<Received> received = server.received();
    assertThat(received).extracting(Received::method).containsExactly("GET", "POST", "GET", "GET", "GET");
    assertThat(received).allSatisfy(r -> {
      assertThat(r.header("Authorization")).isEqualTo("Bearer sk_test_custom");
      assertThat(r.header("X-Foil-Client")).startsWith("tripwire-server-java/");
      assertThat(r.header("Accept")).isEqualTo("application/json");
    });
    Received post = received.get(1);
    assertThat(post.header("Content-Type")).isEqualTo("application/json");
    assertThat(TripwireJson.readTree(post.body()).get("slug").asText()).isEqualTo("acme");
  }

  @Test
  void withoutAnExecutorNonBlockingCallsRunOnTheClientsOwnThreads() {
    UrlConnectionTransport transport = new UrlConnectionTransport();
    try (TripwireClient client =
        TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_custom").transport(transport).build()) {
      CallMode.await(client.async().sessions().get("sid_1"));
    }
    assertThat(transport.threads).singleElement().asString().startsWith("tripwire-async-");
  }

  @Test
  void aDecoratorAddsAHeaderAndCountsCallsAroundTheJdkTransport() {
    AtomicInteger calls = new AtomicInteger();
    try (HttpTransport jdk = JdkHttpTransport.create()) {
      HttpTransport tenantHeader =
          request -> {
            calls.incrementAndGet();
            return jdk.execute(request.toBuilder().headers(request.headers().toBuilder().set("X-Tenant", "acme").build()).build());
          };
      try (TripwireClient client =
          TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_custom").transport(tenantHeader).build()) {
        client.sessions().get("sid_1");
        CallMode.await(client.async().sessions().get("sid_2"));
        client.organizations().create(CreateOrganizationRequest.builder().name("Acme").slug("acme").build());
      }
    }
    assertThat(calls.get()).isEqualTo(3);
    assertThat(server.received()).hasSize(3).allSatisfy(r -> {
      assertThat(r.header("X-Tenant")).isEqualTo("acme");
      assertThat(r.header("Authorization")).isEqualTo("Bearer sk_test_custom");
    });
    assertThat(server.received().get(2).body()).isNotEmpty();
  }
}
