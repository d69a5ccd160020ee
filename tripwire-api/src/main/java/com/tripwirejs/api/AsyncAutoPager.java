package com.tripwirejs.api;

import java.util.Objects;
import com.tripwirejs.http.internal.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a cursor-paginated list, fetched page by page without blocking: the next page is
 * requested only when the previous one has been handed over.
 *
 * <p>The futures {@link #forEach} and {@link #forEachPage} return stand for the whole walk:
 * cancelling one (or completing it any other way, as {@code orTimeout} does) cancels the page
 * call in flight, which aborts its exchange, and fetches no further page.
 *
 * <p>Every walk ends. A server that hands out a page cursor it already returned during the walk
 * (the same page again, or a cycle through several pages), or says more items follow with a blank
 * cursor, would make a pager fetch forever; instead, the walk's future fails with a {@link
 * com.tripwirejs.http.error.TripwireInvalidResponseException} (its one code, {@code
 * response.invalid_json}) whose message says so and that it is the server's fault, and which
 * carries the request id of the page that gave the cursor. The items handed over before it are correct.
 *
 * @param <T> the type of the items
 */
public final class AsyncAutoPager<T> {

  private final @Nullable String firstCursor;
  private final Function<@Nullable String, CompletableFuture<Page<T>>> fetch;

  /**
   * Creates an auto-pager.
   *
   * @param firstCursor the cursor of the first page, or null for the beginning of the list
   * @param fetch fetches the page at a cursor (null for the first page)
   */
  public AsyncAutoPager(
      @Nullable String firstCursor, Function<@Nullable String, CompletableFuture<Page<T>>> fetch) {
    this.firstCursor = firstCursor;
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  /**
   * Calls {@code action} with every item, in order.
   *
   * @param action receives each item; an exception it throws fails the returned future
   * @return completes when the last page has been handled, or fails with the first error
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    return forEachPage(page -> page.items().forEach(action));
  }

  /**
   * Calls {@code action} with every page, in order.
   *
   * @param action receives each page
   * @return completes when the last page has been handled, or fails with the first error
   */
  public CompletableFuture<Void> forEachPage(Consumer<? super Page<T>> action) {
    Walk walk = new Walk(action);
    try {
      walk.cursors.visit(firstCursor, null);
    } catch (RuntimeException e) {
      walk.result.completeExceptionally(e);
      return walk.result;
    }
    walk.fetch(firstCursor);
    return walk.result;
  }

  /** One walk through the list: the page call in flight, and the future of the whole walk. */
  private final class Walk {
    final CompletableFuture<Void> result = new CompletableFuture<>();
    final CursorLoop cursors = new CursorLoop();
    private final Consumer<? super Page<T>> action;
    private final AtomicReference<@Nullable CompletableFuture<Page<T>>> inFlight =
        new AtomicReference<>();

    Walk(Consumer<? super Page<T>> action) {
      this.action = action;
      result.whenComplete(
          (done, failure) -> {
            CompletableFuture<Page<T>> page = inFlight.get();
            if (failure != null && page != null) {
              page.cancel(true);
            }
          });
    }

    void fetch(@Nullable String cursor) {
      CompletableFuture<Page<T>> page;
      try {
        page = AsyncAutoPager.this.fetch.apply(cursor);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      inFlight.set(page);
      if (result.isDone()) {
        page.cancel(true);
        return;
      }
      page.whenComplete(this::handle);
    }

    private void handle(@Nullable Page<T> page, @Nullable Throwable failure) {
      if (result.isDone()) {
        return;
      }
      if (failure != null || page == null) {
        result.completeExceptionally(
            failure == null ? new IllegalStateException("No page") : Failures.unwrap(failure));
        return;
      }
      String following;
      try {
        action.accept(page);
        following = page.nextCursor();
        if (!page.hasMore() || following == null) {
          result.complete(null);
          return;
        }
        cursors.visit(following, page);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      fetch(following);
    }
  }
}
