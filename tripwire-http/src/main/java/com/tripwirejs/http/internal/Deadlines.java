package com.tripwirejs.http.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One daemon thread that runs an action when a request's deadline passes, for a transport whose
 * HTTP client has no deadline covering the whole exchange.
 *
 * <p>A heartbeat task keeps the next wake-up at most {@link #HEARTBEAT} away, so that arming a
 * deadline further out than that (every request on the default 30 s timeout) joins the queue
 * without waking the thread: on an otherwise empty queue, each arming and cancelling would cost a
 * thread wake-up per request.
 */
public final class Deadlines implements AutoCloseable {

  /** How often the thread wakes when no deadline is due sooner. */
  static final Duration HEARTBEAT = Duration.ofSeconds(1);

  private final ScheduledThreadPoolExecutor scheduler;

  /**
   * Starts the thread.
   *
   * @param threadName the name of the thread, as thread dumps show it
   */
  public Deadlines(String threadName) {
    this.scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    scheduler.setRemoveOnCancelPolicy(true);
    long heartbeat = HEARTBEAT.toNanos();
    scheduler.scheduleAtFixedRate(() -> {}, heartbeat, heartbeat, TimeUnit.NANOSECONDS);
  }

  /**
   * Runs {@code onExpiry} once {@code timeout} has passed, unless cancelled first.
   *
   * @param timeout from now; zero or less runs the action at once, on the deadline thread
   * @param onExpiry what to do when the deadline passes: must not block
   * @return the armed deadline, to cancel when the exchange completes
   * @throws java.util.concurrent.RejectedExecutionException once closed
   */
  public Deadline arm(Duration timeout, Runnable onExpiry) {
    Deadline deadline = new Deadline(onExpiry);
    deadline.task = scheduler.schedule(deadline::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    return deadline;
  }

  /** Stops the thread; deadlines still armed never run. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** A deadline armed by {@link #arm}. */
  public static final class Deadline {
    private final Runnable onExpiry;
    private volatile boolean expired;
    private volatile @Nullable ScheduledFuture<?> task;

    private Deadline(Runnable onExpiry) {
      this.onExpiry = onExpiry;
    }

    private void expire() {
      expired = true;
      onExpiry.run();
    }

    /** Whether the deadline passed (and its action ran or is running). */
    public boolean expired() {
      return expired;
    }

    /** Disarms the deadline; does nothing once it has expired. */
    public void cancel() {
      ScheduledFuture<?> armed = task;
      if (armed != null) {
        armed.cancel(false);
      }
    }
  }
}
