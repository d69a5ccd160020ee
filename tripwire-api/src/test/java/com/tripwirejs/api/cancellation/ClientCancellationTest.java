package com.tripwirejs.api.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.testkit.ConnectionRecordingServer;
import com.tripwirejs.http.testkit.Transports;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The futures the client hands out are the calls themselves: cancelling one aborts the exchange
 * (the server sees the connection close), on every shipped transport, through the typed
 * operations and the non-blocking auto-pager. A future derived from one does not pass its
 * cancellation back, as {@link CompletableFuture} documents; the README says so.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientCancellationTest {

  private static final Duration WITHIN = Duration.ofSeconds(3);

  private ConnectionRecordingServer server;
  private final List<AttemptOutcome> outcomes = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new ConnectionRecordingServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private TripwireClient client(HttpTransport transport, String path) {
    return TripwireClient.builder()
        .baseUrl(server.url(path))
        .secretKey("sk_test_cancel")
        .transport(transport)
        .listener(new RequestListener() {
          @Override
          public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
            outcomes.add(outcome);
          }
        })
        .build();
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void cancellingTheFutureOfATypedCallClosesItsConnection(Transports kind) throws Exception {
    try (HttpTransport transport = kind.create(); TripwireClient client = client(transport, "/hold")) {
      CompletableFuture<SessionDetail> call = client.async().sessions().get("sid_0123456789abcdefghjkmnpqrs");
      awaitRequests(1);

      CompletableFuture<SessionDetail> derived = call.thenApply(detail -> detail);
      derived.cancel(true);
      Thread.sleep(200);
      assertThat(server.openNow()).as("a derived future's cancel stays with it").isEqualTo(1);
      assertThat(call).isNotDone();

      long cancelled = System.nanoTime();
      assertThat(call.cancel(true)).isTrue();
      assertThat(ConnectionRecordingServer.await(() -> server.openNow() == 0, WITHIN)).isTrue();
      System.out.println("FIGURES client " + kind + " cancel: close seen after "
          + (server.connections().get(0).closed() - cancelled) / 1_000_000 + " ms");
      assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.cancelled()).isTrue());
    }
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aCallersOwnOrTimeoutOnTheFutureAbortsTheExchangeToo(Transports kind) throws Exception {
    try (HttpTransport transport = kind.create(); TripwireClient client = client(transport, "/hold")) {
      CompletableFuture<SessionDetail> call =
          client.async().sessions().get("sid_0123456789abcdefghjkmnpqrs").orTimeout(300, TimeUnit.MILLISECONDS);
      assertThat(call.handle((detail, failure) -> failure).get(10, TimeUnit.SECONDS))
          .isInstanceOf(java.util.concurrent.TimeoutException.class);
      assertThat(ConnectionRecordingServer.await(() -> server.openNow() == 0 && server.requests() == 1, WITHIN)).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void cancellingAnAsyncAutoPagerStopsThePageInFlight(Transports kind) throws Exception {
    byte[] firstPage =
        Fixtures.current().page("api/sessions/list.json", List.of("sid_a", "sid_b"), true, "cur_2", "req_page_1");
    server.body(path -> new String(firstPage, StandardCharsets.UTF_8));
    try (HttpTransport transport = kind.create(); TripwireClient client = client(transport, "/holdnext")) {
      List<SessionSummary> seen = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> walk =
          client.async().sessions().listAutoPaging(SessionListParams.builder().limit(2).build()).forEach(seen::add);
      awaitRequests(2); // the second page is held by the server
      assertThat(seen).hasSize(2);
      // The first page's connection may stay pooled; the one holding the second page must close.
      int openBefore = server.openNow();
      assertThat(walk.cancel(true)).isTrue();
      assertThat(ConnectionRecordingServer.await(() -> server.openNow() == openBefore - 1, WITHIN))
          .as("the page call in flight was aborted")
          .isTrue();
      Thread.sleep(100);
      assertThat(server.requests()).as("no further page").isEqualTo(2);
    }
  }

  private void awaitRequests(int count) throws InterruptedException {
    assertThat(ConnectionRecordingServer.await(() -> server.requests() >= count, Duration.ofSeconds(10))).isTrue();
  }
}
