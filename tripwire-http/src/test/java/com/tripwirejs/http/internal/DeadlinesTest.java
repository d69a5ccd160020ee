package com.tripwirejs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private final Deadlines deadlines = new Deadlines("test-deadlines");

  @AfterEach
  void close() {
    deadlines.close();
  }

  @Test
  void anExpiredDeadlineRunsItsActionOnceOnTime() throws InterruptedException {
    CountDownLatch ran = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    long start = System.nanoTime();
    Deadlines.Deadline deadline =
        deadlines.arm(
            Duration.ofMillis(100),
            () -> {
              runs.incrementAndGet();
              ran.countDown();
            });
    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(deadline.expired()).isTrue();
    deadline.cancel();
    Thread.sleep(50);
    assertThat(runs).hasValue(1);
  }

  @Test
  void aShortDeadlineArmedBehindLongOnesIsNotHeldBackByThemOrTheHeartbeat() throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      deadlines.arm(Duration.ofSeconds(30), () -> {});
    }
    CountDownLatch ran = new CountDownLatch(1);
    long start = System.nanoTime();
    deadlines.arm(Duration.ofMillis(50), ran::countDown);
    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Deadlines.HEARTBEAT);
  }

  @Test
  void aCancelledDeadlineNeverRuns() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    Deadlines.Deadline deadline = deadlines.arm(Duration.ofMillis(50), runs::incrementAndGet);
    deadline.cancel();
    Thread.sleep(200);
    assertThat(runs).hasValue(0);
    assertThat(deadline.expired()).isFalse();
  }

  @Test
  void aDeadlineAlreadyPastRunsAtOnce() throws InterruptedException {
    CountDownLatch ran = new CountDownLatch(1);
    deadlines.arm(Duration.ofMillis(-5), ran::countDown);
    assertThat(ran.await(1, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void closingStopsArmedDeadlinesAndRefusesNewOnes() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    deadlines.arm(Duration.ofMillis(50), runs::incrementAndGet);
    deadlines.close();
    Thread.sleep(200);
    assertThat(runs).hasValue(0);
    assertThatThrownBy(() -> deadlines.arm(Duration.ofMillis(1), runs::incrementAndGet))
        .isInstanceOf(RejectedExecutionException.class);
  }
}
