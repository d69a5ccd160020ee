package com.tripwirejs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

  @Test
  void slotsBeyondTheLimitQueueAndAreHandedOverInArrivalOrder() {
    ConcurrencyLimit limit = new ConcurrencyLimit(2);
    CompletableFuture<ConcurrencyLimit.Permit> first = limit.acquire();
    CompletableFuture<ConcurrencyLimit.Permit> second = limit.acquire();
    CompletableFuture<ConcurrencyLimit.Permit> third = limit.acquire();
    CompletableFuture<ConcurrencyLimit.Permit> fourth = limit.acquire();
    assertThat(first).isCompleted();
    assertThat(second).isCompleted();
    assertThat(third).isNotDone();
    assertThat(fourth).isNotDone();
    assertThat(limit.waiting()).isEqualTo(2);

    first.join().release();
    first.join().release(); // a second release does nothing
    assertThat(third).isCompleted();
    assertThat(fourth).isNotDone();
    assertThat(limit.inUse()).isEqualTo(2);
  }

  @Test
  void aCancelledOrTimedOutWaiterLeavesTheQueueAndIsSkipped() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    ConcurrencyLimit.Permit held = limit.acquire().join();
    CompletableFuture<ConcurrencyLimit.Permit> cancelled = limit.acquire();
    CompletableFuture<ConcurrencyLimit.Permit> timedOut = limit.acquire().orTimeout(1, TimeUnit.MILLISECONDS);
    CompletableFuture<ConcurrencyLimit.Permit> waiting = limit.acquire();
    cancelled.cancel(true);
    Thread.sleep(50);
    assertThat(timedOut).isCompletedExceptionally();
    assertThat(limit.waiting()).isEqualTo(1);
    held.release();
    assertThat(waiting).isCompleted();
    waiting.join().release();
    assertThat(limit.inUse()).isZero();
  }

  @Test
  void abandoningReleasesAGrantedPermitOrLeavesTheQueue() {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    CompletableFuture<ConcurrencyLimit.Permit> granted = limit.acquire();
    CompletableFuture<ConcurrencyLimit.Permit> queued = limit.acquire();
    ConcurrencyLimit.abandon(queued);
    assertThat(limit.waiting()).isZero();
    ConcurrencyLimit.abandon(granted);
    assertThat(limit.inUse()).isZero();
  }

  @Test
  void aLongQueueOfCallsThatEndAtOnceDoesNotRecursePerCall() {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    ConcurrencyLimit.Permit held = limit.acquire().join();
    List<CompletableFuture<ConcurrencyLimit.Permit>> queued = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      CompletableFuture<ConcurrencyLimit.Permit> waiter = limit.acquire();
      waiter.thenAccept(ConcurrencyLimit.Permit::release); // each granted call ends at once
      queued.add(waiter);
    }
    held.release();
    assertThat(queued).allMatch(CompletableFuture::isDone);
    assertThat(limit.inUse()).isZero();
    assertThat(limit.waiting()).isZero();
  }
}
