package com.tripwirejs.http.internal;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A fair, non-blocking semaphore: at most {@code max} holders at once, the others queued in
 * arrival order as futures, so that a waiting call holds no thread. A waiter that is cancelled
 * or completed by anyone else (a timeout) leaves the queue at once; a slot is handed to the next
 * waiter still waiting when its holder releases it.
 *
 * <p>A granted waiter is completed on the thread that released the slot; callers that do more
 * than start an exchange there should continue on an executor of their own.
 */
public final class ConcurrencyLimit {

  private final int max;
  private final Object lock = new Object();
  private final LinkedHashSet<CompletableFuture<Permit>> waiters = new LinkedHashSet<>();
  private int inUse;

  /**
   * A limit.
   *
   * @param max the most holders at once, at least 1
   */
  public ConcurrencyLimit(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("The limit must be at least 1");
    }
    this.max = max;
  }

  /** The most holders at once. */
  public int max() {
    return max;
  }

  /** How many slots are held now. */
  public int inUse() {
    synchronized (lock) {
      return inUse;
    }
  }

  /** How many callers wait for a slot now. */
  public int waiting() {
    synchronized (lock) {
      return waiters.size();
    }
  }

  /**
   * Asks for a slot.
   *
   * @return a future that completes with the permit once a slot is free (at once when one is);
   *     cancel it, or complete it exceptionally, to leave the queue
   */
  public CompletableFuture<Permit> acquire() {
    CompletableFuture<Permit> waiter;
    synchronized (lock) {
      if (inUse < max && waiters.isEmpty()) {
        inUse++;
        return CompletableFuture.completedFuture(new Permit());
      }
      waiter = new CompletableFuture<>();
      waiters.add(waiter);
    }
    waiter.whenComplete(
        (permit, failure) -> {
          if (failure != null) {
            synchronized (lock) {
              waiters.remove(waiter);
            }
          }
        });
    return waiter;
  }

  /**
   * Gives up a permit that may or may not have been granted: releases it when the future holds
   * one, and leaves the queue otherwise.
   *
   * @param waiter a future from {@link #acquire()}
   */
  public static void abandon(CompletableFuture<Permit> waiter) {
    if (!waiter.cancel(false)) {
      Permit permit = waiter.getNow(null);
      if (permit != null) {
        permit.release();
      }
    }
  }

  /**
   * The releases a thread has yet to make because it was already handing a slot over: granting a
   * slot runs the waiter's continuation, which may end at once and release again, so a queue of
   * calls failing fast would otherwise recurse once per call.
   */
  private static final ThreadLocal<java.util.@Nullable ArrayDeque<ConcurrencyLimit>> DEFERRED =
      new ThreadLocal<>();

  private void release() {
    java.util.ArrayDeque<ConcurrencyLimit> deferred = DEFERRED.get();
    if (deferred != null) {
      deferred.add(this);
      return;
    }
    deferred = new java.util.ArrayDeque<>();
    DEFERRED.set(deferred);
    try {
      releaseOne();
      for (ConcurrencyLimit next = deferred.poll(); next != null; next = deferred.poll()) {
        next.releaseOne();
      }
    } finally {
      DEFERRED.remove();
    }
  }

  private void releaseOne() {
    while (true) {
      CompletableFuture<Permit> next;
      synchronized (lock) {
        Iterator<CompletableFuture<Permit>> first = waiters.iterator();
        if (!first.hasNext()) {
          inUse--;
          return;
        }
        next = first.next();
        first.remove();
      }
      // The slot passes to the next waiter without ever being free; a waiter that was
      // cancelled or timed out meanwhile refuses it, and the one after it is asked.
      if (next.complete(new Permit())) {
        return;
      }
    }
  }

  /** A held slot; release it exactly once (further releases do nothing). */
  public final class Permit {
    private final AtomicBoolean released = new AtomicBoolean();

    private Permit() {}

    /** Frees the slot for the next waiter. */
    public void release() {
      if (released.compareAndSet(false, true)) {
        ConcurrencyLimit.this.release();
      }
    }
  }
}
