package com.tripwirejs.http.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import com.tripwirejs.http.internal.RequestPipeline;
import com.tripwirejs.http.testkit.ConnectionRecordingServer;
import com.tripwirejs.http.testkit.Transports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 20: every shipped transport holds one bound on requests in flight, under a burst of
 * non-blocking calls, blocking threads and virtual threads, against a real server that answers
 * after 50 ms and counts the connections open at once.
 *
 * <p>The burst is sized for CI; {@code -Dtripwire.load.async=5000} runs the burst and
 * prints its figures.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedLoadTest {

  private static final int ASYNC_CALLS = Integer.getInteger("tripwire.load.async", 2000);
  private static final int SYNC_THREADS = Integer.getInteger("tripwire.load.syncThreads", 200);
  private static final int SYNC_CALLS_EACH = 2;
  private static final int BOUND = HttpTransport.DEFAULT_MAX_CONCURRENT_REQUESTS;

  private ConnectionRecordingServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ConnectionRecordingServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void callsBeyondTheBoundWaitForASlotAndTheServerNeverSeesMoreConnections(Transports kind) throws Exception {
    HttpTransport transport = kind.create(4);
    try (RequestPipeline pipeline = Pipelines.pipeline(transport, server.url("/delay/30"), Duration.ofSeconds(30))) {
      List<CompletableFuture<TransportResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(pipeline.sendAsync(Pipelines.GET, RequestOptions.none()));
      }
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<TransportResponse>> blocking = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        blocking.add(threads.submit(() -> pipeline.send(Pipelines.GET, RequestOptions.none())));
      }
      assertThat(pipeline.slots().inUse()).isLessThanOrEqualTo(4);
      for (CompletableFuture<TransportResponse> call : calls) {
        assertThat(call.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      }
      for (Future<TransportResponse> call : blocking) {
        assertThat(call.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      }
      threads.shutdown();
      assertThat(server.requests()).isEqualTo(56);
      assertThat(server.maxOpen()).isBetween(1, 4);
      assertThat(pipeline.slots().inUse()).isZero();
      assertThat(pipeline.slots().waiting()).isZero();
      assertThat(Transports.leasedAfterDraining(transport)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aCallThatWaitsForASlotLongerThanItsTimeoutSaysSo(Transports kind) throws Exception {
    HttpTransport transport = kind.create(1);
    try (RequestPipeline pipeline = Pipelines.pipeline(transport, server.url("/hold"), Duration.ofSeconds(20))) {
      CompletableFuture<TransportResponse> holder = pipeline.sendAsync(Pipelines.GET, RequestOptions.none());
      assertThat(ConnectionRecordingServer.await(() -> server.requests() == 1, Duration.ofSeconds(10))).isTrue();
      RequestOptions short_ = RequestOptions.builder().timeout(Duration.ofMillis(300)).build();

      Throwable async = catchThrowable(() -> pipeline.sendAsync(Pipelines.GET, short_).get(10, TimeUnit.SECONDS));
      assertThat(async).isInstanceOf(ExecutionException.class);
      assertQueueTimeout(async.getCause());
      Throwable sync = catchThrowable(() -> pipeline.send(Pipelines.GET, short_));
      assertQueueTimeout(sync);

      assertThat(pipeline.slots().waiting()).isZero();
      assertThat(server.requests()).isEqualTo(1);
      holder.cancel(true);
      assertThat(pipeline.sendAsync(Pipelines.GET, RequestOptions.builder().timeout(Duration.ofMillis(500)).build())
              .handle((response, failure) -> failure)
              .get(10, TimeUnit.SECONDS))
          .as("the slot is free again: the next call is sent (and times out at the holding server)")
          .isInstanceOfSatisfying(TripwireTimeoutException.class,
              timeout -> assertThat(timeout.phase()).isNotEqualTo(TripwireTimeoutException.Phase.QUEUE));
    }
  }

  private static void assertQueueTimeout(Throwable failure) {
    assertThat(failure).isInstanceOf(TripwireTimeoutException.class);
    TripwireTimeoutException timeout = (TripwireTimeoutException) failure;
    assertThat(timeout.phase()).isEqualTo(TripwireTimeoutException.Phase.QUEUE);
    assertThat(timeout.requestMayHaveBeenSent()).isFalse();
    assertThat(timeout.getMessage()).contains("free connection slot").contains("300 ms").contains("maxConnections");
  }

  /**
   * The burst of issue 20: thousands of non-blocking calls and a few hundred blocking threads at
   * once on a default client; every call completes, the server never sees more connections than
   * the bound, the client starts no thread per call, and the pool drains.
   */
  @ParameterizedTest
  @EnumSource(Transports.class)
  void aBurstStaysWithinTheBoundWithoutAThreadPerCall(Transports kind) throws Exception {
    HttpTransport transport = kind.create();
    try (RequestPipeline pipeline = Pipelines.pipeline(transport, server.url("/delay/50"), Duration.ofSeconds(60))) {
      // Warm up: the transport's own threads (I/O reactor, selector) exist before counting.
      for (int i = 0; i < 3; i++) {
        pipeline.sendAsync(Pipelines.GET, RequestOptions.none()).get(10, TimeUnit.SECONDS);
        pipeline.send(Pipelines.GET, RequestOptions.none());
      }
      Thread.sleep(200);
      int threadsBefore = clientThreads();
      server.resetPeak();
      AtomicInteger peakThreads = new AtomicInteger();
      AtomicBoolean sampling = new AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (sampling.get()) {
          peakThreads.accumulateAndGet(clientThreads(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "load-sampler");
      sampler.start();

      long started = System.nanoTime();
      List<CompletableFuture<TransportResponse>> calls = new ArrayList<>(ASYNC_CALLS);
      for (int i = 0; i < ASYNC_CALLS; i++) {
        calls.add(pipeline.sendAsync(Pipelines.GET, RequestOptions.none()));
      }
      ExecutorService callers = Executors.newFixedThreadPool(SYNC_THREADS, runnable -> new Thread(runnable, "load-caller"));
      List<Future<Integer>> blocking = new ArrayList<>();
      for (int t = 0; t < SYNC_THREADS; t++) {
        blocking.add(callers.submit(() -> {
          int ok = 0;
          for (int i = 0; i < SYNC_CALLS_EACH; i++) {
            ok += pipeline.send(Pipelines.GET, RequestOptions.none()).status() == 200 ? 1 : 0;
          }
          return ok;
        }));
      }
      int succeeded = 0;
      int documentedFailures = 0;
      for (CompletableFuture<TransportResponse> call : calls) {
        try {
          succeeded += call.get(90, TimeUnit.SECONDS).status() == 200 ? 1 : 0;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(TripwireException.class);
          documentedFailures++;
        }
      }
      for (Future<Integer> call : blocking) {
        try {
          succeeded += call.get(90, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(TripwireException.class);
          documentedFailures++;
        }
      }
      long wall = System.nanoTime() - started;
      callers.shutdown();
      assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      sampling.set(false);
      sampler.join();
      Thread.sleep(200);
      int threadsAfter = clientThreads();
      int total = ASYNC_CALLS + SYNC_THREADS * SYNC_CALLS_EACH;
      System.out.printf(
          "FIGURES load %s: %d async + %d blocking calls (%d threads), server delay 50 ms: %d succeeded,"
              + " %d failed; connections at once %d (bound %d, %d opened in all); wall %d ms;"
              + " client threads before %d, peak %d, after %d%n",
          kind, ASYNC_CALLS, SYNC_THREADS * SYNC_CALLS_EACH, SYNC_THREADS, succeeded, documentedFailures,
          server.maxOpen(), BOUND, server.connections().size(), wall / 1_000_000, threadsBefore,
          peakThreads.get(), threadsAfter);

      assertThat(succeeded + documentedFailures).isEqualTo(total);
      assertThat(succeeded).as("calls within the 60 s timeout all succeed").isEqualTo(total);
      assertThat(server.maxOpen()).isLessThanOrEqualTo(BOUND);
      // No thread per call: thousands of calls, at most a few dozen threads more at the peak
      // (the JDK client's executor grows with the exchanges in flight, which the bound caps).
      assertThat(peakThreads.get() - threadsBefore).isLessThan(2 * BOUND + 20);
      assertThat(threadsAfter - threadsBefore).isLessThan(2 * BOUND + 20);
      assertThat(pipeline.slots().inUse()).isZero();
      assertThat(pipeline.slots().waiting()).isZero();
      assertThat(Transports.leasedAfterDraining(transport)).isZero();
    }
  }

  /**
   * On JDK 21 and later, blocking calls from 2,000 virtual threads complete, stay within the
   * bound and take no platform thread per call.
   */
  @ParameterizedTest
  @EnumSource(Transports.class)
  void blockingCallsFromThousandsOfVirtualThreadsStayWithinTheBound(Transports kind) throws Exception {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21");
    int calls = Integer.getInteger("tripwire.load.virtual", 2000);
    HttpTransport transport = kind.create();
    try (RequestPipeline pipeline = Pipelines.pipeline(transport, server.url("/delay/50"), Duration.ofSeconds(60))) {
      pipeline.send(Pipelines.GET, RequestOptions.none());
      Thread.sleep(100);
      int before = Pipelines.platformThreads();
      int clientBefore = clientThreads();
      server.resetPeak();
      AtomicInteger peak = new AtomicInteger(before);
      AtomicInteger clientPeak = new AtomicInteger(clientBefore);
      AtomicBoolean sampling = new AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (sampling.get()) {
          peak.accumulateAndGet(Pipelines.platformThreads(), Math::max);
          clientPeak.accumulateAndGet(clientThreads(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "virtual-sampler");
      sampler.start();
      long started = System.nanoTime();
      ExecutorService virtual =
          (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        results.add(virtual.submit(() -> pipeline.send(Pipelines.GET, RequestOptions.none()).status()));
      }
      int ok = 0;
      for (Future<Integer> result : results) {
        ok += result.get(90, TimeUnit.SECONDS) == 200 ? 1 : 0;
      }
      long wall = System.nanoTime() - started;
      virtual.shutdown();
      sampling.set(false);
      sampler.join();
      System.out.printf(
          "FIGURES virtual %s: %d blocking calls from virtual threads: %d succeeded; connections at once %d"
              + " (bound %d); wall %d ms; platform threads before %d, peak %d (the test server's"
              + " included); without the server's: before %d, peak %d%n",
          kind, calls, ok, server.maxOpen(), BOUND, wall / 1_000_000, before, peak.get(), clientBefore,
          clientPeak.get());
      assertThat(ok).isEqualTo(calls);
      assertThat(server.maxOpen()).isLessThanOrEqualTo(BOUND);
      // server threads (one per connection, at most the bound) plus carriers and the client's own
      assertThat(peak.get() - before).isLessThan(2 * BOUND + 30);
      assertThat(clientPeak.get() - clientBefore).as("no platform thread per call").isLessThan(BOUND + 20);
      assertThat(Transports.leasedAfterDraining(transport)).isZero();
    }
  }

  /** Platform threads that are neither the test server's nor the test's own callers. */
  private static int clientThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (!name.startsWith("recording-server") && !name.startsWith("load-")) {
        count++;
      }
    }
    return count;
  }
}
