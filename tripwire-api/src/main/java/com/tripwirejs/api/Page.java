package com.tripwirejs.api;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items, and where the list goes on.
 *
 * @param <T> the type of the items
 */
public final class Page<T> implements Iterable<T> {

  private final List<T> items;
  private final int limit;
  private final boolean hasMore;
  private final @Nullable String nextCursor;
  private final String requestId;

  /**
   * Creates a page.
   *
   * @param items the items, in the order the API returned them
   * @param limit the page size the API applied
   * @param hasMore whether more items follow
   * @param nextCursor the cursor of the next page, or null
   * @param requestId the id of the request that returned the page
   */
  public Page(List<T> items, int limit, boolean hasMore, @Nullable String nextCursor, String requestId) {
    this.items = List.copyOf(items);
    this.limit = limit;
    this.hasMore = hasMore;
    this.nextCursor = nextCursor;
    this.requestId = Objects.requireNonNull(requestId, "requestId");
  }

  /**
   * The items of this page.
   *
   * @return the items, possibly empty
   */
  public List<T> items() {
    return items;
  }

  /**
   * The page size the API applied.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * Whether more items follow this page.
   *
   * @return true when a next page exists
   */
  public boolean hasMore() {
    return hasMore;
  }

  /**
   * The cursor to pass as {@code cursor} for the next page.
   *
   * @return the cursor, or null on the last page (and for lists without cursors)
   */
  public @Nullable String nextCursor() {
    return nextCursor;
  }

  /**
   * The API's id of the request that returned this page.
   *
   * @return the request id
   */
  public String requestId() {
    return requestId;
  }

  /** Iterates over the items of this page only; see the auto-pagers for whole lists. */
  @Override
  public Iterator<T> iterator() {
    return items.iterator();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Page)) {
      return false;
    }
    Page<?> page = (Page<?>) other;
    return limit == page.limit
        && hasMore == page.hasMore
        && items.equals(page.items)
        && Objects.equals(nextCursor, page.nextCursor)
        && requestId.equals(page.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, limit, hasMore, nextCursor, requestId);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, limit=" + limit + ", hasMore=" + hasMore + ", nextCursor=" + nextCursor + "]";
  }
}
