package com.tripwirejs.api;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a cursor-paginated list, fetched page by page without blocking: the next page is
 * requested only when the previous one has been handed over.
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
    CursorLoop cursors = new CursorLoop();
    cursors.visit(firstCursor, null);
    return from(firstCursor, action, cursors);
  }

  private CompletableFuture<Void> from(
      @Nullable String cursor, Consumer<? super Page<T>> action, CursorLoop cursors) {
    return fetch.apply(cursor)
        .thenCompose(
            page -> {
              action.accept(page);
              String following = page.nextCursor();
              if (!page.hasMore() || following == null) {
                return CompletableFuture.completedFuture(null);
              }
              cursors.visit(following, page);
              return from(following, action, cursors);
            });
  }
}
