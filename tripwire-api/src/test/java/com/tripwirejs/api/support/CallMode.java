package com.tripwirejs.api.support;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * How a test makes a call: through the blocking client, or through the non-blocking one and then
 * waiting for the future. Either way a failure surfaces as the SDK's own exception, so that one
 * assertion covers both.
 */
public enum CallMode {
  BLOCKING,
  NON_BLOCKING;

  /** How long a test waits for a non-blocking call before calling it hung. */
  private static final long HUNG_AFTER_SECONDS = 20;

  /**
   * Makes a call.
   *
   * @param client the client
   * @param blocking the call through the blocking client
   * @param nonBlocking the same call through the non-blocking client
   * @return the result
   */
  public <T> T call(
      TripwireClient client,
      Function<TripwireClient, ? extends T> blocking,
      Function<TripwireAsyncClient, ? extends CompletableFuture<? extends T>> nonBlocking) {
    if (this == BLOCKING) {
      return blocking.apply(client);
    }
    return await(nonBlocking.apply(client.async()));
  }

  /**
   * Waits for a future; its failure is rethrown as it is (unwrapped), a hang fails the test.
   *
   * @param future the future
   * @return its value
   */
  public static <T> T await(CompletableFuture<? extends T> future) {
    try {
      return future.get(HUNG_AFTER_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new AssertionError("The future failed with a checked exception", cause);
    } catch (TimeoutException e) {
      throw new AssertionError("The call did not complete within " + HUNG_AFTER_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }
}
