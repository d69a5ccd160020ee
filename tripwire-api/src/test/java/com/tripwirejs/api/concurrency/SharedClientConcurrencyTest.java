package com.tripwirejs.api.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.api.support.TransportKind;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.apache.PoolStatistics;
import com.tripwirejs.model.organization.Organization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One client shared by 32 threads making 3,200 blocking calls at once, then 1,600 non-blocking
 * ones (ten in flight per thread), on each transport, against a local server that answers each call with its own id: every call
 * succeeds with its own result, the server sees exactly the calls made, connections are pooled,
 * and the Apache pools end with nothing leased or pending.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedClientConcurrencyTest {

  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 100;
  private static final int NON_BLOCKING_CALLS_PER_THREAD = 50;
  private static final int IN_FLIGHT_PER_THREAD = 10;
  private static final String ID_PLACEHOLDER = "org_placeholder_for_the_id";

  private LoopbackApi server;
  private ExecutorService threads;

  @BeforeAll
  void start() {
    Fixtures fixtures = Fixtures.current();
    String template = new String(fixtures.withId("api/organizations/organization.json", ID_PLACEHOLDER), StandardCharsets.UTF_8);
    server = new LoopbackApi();
    server.recording(false);
    server.answer(
        request -> {
          String id = request.rawPath().substring("/v1/organizations/".length());
          boolean authorized = "Bearer sk_test_concurrency".equals(request.header("Authorization"));
          return authorized ? Reply.json(200, template.replace(ID_PLACEHOLDER, id)) : Reply.json(401, "{}");
        });
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  void stop() {
    // Null when the spec is not configured and start() was skipped.
    if (threads != null) {
      threads.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void clear() {
    server.clear();
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void thirtyTwoThreadsShareOneClient(TransportKind kind) throws Exception {
    try (HttpTransport transport = kind.create();
        TripwireClient client =
            TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_concurrency").transport(transport).build()) {

      Queue<String> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger succeeded = new AtomicInteger();
      runOnAllThreads(
          thread -> {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
              String id = "org_b" + thread + "_" + i;
              check(client.organizations().get(id), id, succeeded, failures);
            }
          },
          failures);
      assertThat(failures).isEmpty();
      assertThat(succeeded.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(server.count()).isEqualTo(THREADS * CALLS_PER_THREAD);
      if (transport instanceof ApacheHttpTransport) {
        assertThat(server.clientPorts().size()).as("connections opened").isLessThanOrEqualTo(50);
        assertNothingLeased((ApacheHttpTransport) transport);
      }

      server.clear();
      succeeded.set(0);
      runOnAllThreads(
          thread -> {
            for (int window = 0; window < NON_BLOCKING_CALLS_PER_THREAD; window += IN_FLIGHT_PER_THREAD) {
              List<CompletableFuture<Void>> calls = new ArrayList<>();
              for (int i = window; i < Math.min(window + IN_FLIGHT_PER_THREAD, NON_BLOCKING_CALLS_PER_THREAD); i++) {
                String id = "org_nb" + thread + "_" + i;
                calls.add(client.async().organizations().get(id).thenAccept(org -> check(org, id, succeeded, failures)));
              }
              CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            }
          },
          failures);
      assertThat(failures).isEmpty();
      assertThat(succeeded.get()).isEqualTo(THREADS * NON_BLOCKING_CALLS_PER_THREAD);
      assertThat(server.count()).isEqualTo(THREADS * NON_BLOCKING_CALLS_PER_THREAD);
      if (transport instanceof ApacheHttpTransport) {
        assertNothingLeased((ApacheHttpTransport) transport);
      }
    }
  }

  /** Runs the task on every thread at once; a thread's exception is recorded as a failure. */
  private void runOnAllThreads(ThreadTask task, Queue<String> failures) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      running.add(
          threads.submit(
              () -> {
                try {
                  go.await();
                  task.run(thread);
                } catch (Throwable e) {
                  failures.add("thread " + thread + ": " + e);
                }
                return null;
              }));
    }
    go.countDown();
    for (Future<?> future : running) {
      future.get(120, TimeUnit.SECONDS);
    }
  }

  private static void check(Organization org, String id, AtomicInteger succeeded, Queue<String> failures) {
    if (org.id().equals(id)) {
      succeeded.incrementAndGet();
    } else {
      failures.add("asked for " + id + ", got " + org.id());
    }
  }

  /**
   * The pools hold no connection for a request. A non-blocking exchange hands its connection back
   * on the I/O thread just after completing the future, so the count may take a moment to settle.
   */
  private static void assertNothingLeased(ApacheHttpTransport transport) throws InterruptedException {
    PoolStatistics stats = transport.poolStatistics();
    for (int i = 0; i < 100 && (stats.leased() > 0 || stats.pending() > 0); i++) {
      Thread.sleep(50);
      stats = transport.poolStatistics();
    }
    assertThat(stats.leased()).as("leased connections").isZero();
    assertThat(stats.pending()).as("requests waiting for a connection").isZero();
    assertThat(stats.available()).as("pooled connections").isPositive().isLessThanOrEqualTo(stats.max());
  }

  @FunctionalInterface
  private interface ThreadTask {
    void run(int thread) throws Exception;
  }
}
