package com.tripwirejs.api;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a cursor-paginated list, fetched page by page as iteration reaches it. Nothing is
 * fetched before the first item is asked for; fetching stops when a page says there is no more.
 * Each iteration starts again from the first page.
 *
 * <p>Every walk ends. A server that hands out a page cursor it already returned during the walk
 * (the same page again, or a cycle through several pages), or says more items follow with a blank
 * cursor, would make a pager fetch forever; instead, iteration throws a {@link
 * com.tripwirejs.http.error.TripwireInvalidResponseException} (its one code, {@code
 * response.invalid_json}) whose message says so and that it is the server's fault, and which
 * carries the request id of the page that gave the cursor. The items handed over before it are correct.
 *
 * @param <T> the type of the items
 */
public final class AutoPager<T> implements Iterable<T> {

  private final @Nullable String firstCursor;
  private final Function<@Nullable String, Page<T>> fetch;

  /**
   * Creates an auto-pager.
   *
   * @param firstCursor the cursor of the first page, or null for the beginning of the list
   * @param fetch fetches the page at a cursor (null for the first page)
   */
  public AutoPager(@Nullable String firstCursor, Function<@Nullable String, Page<T>> fetch) {
    this.firstCursor = firstCursor;
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator();
  }

  /**
   * The items as a sequential stream that fetches lazily; stop it early with {@code limit} or
   * {@code takeWhile} to fetch fewer pages.
   *
   * @return the stream of every item
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The pages themselves, fetched lazily.
   *
   * @return an iterable over every page
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /** Walks the pages, refusing a cursor that comes back (which would loop forever). */
  private final class PageIterator implements Iterator<Page<T>> {
    private final CursorLoop cursors = new CursorLoop();
    private @Nullable Page<T> next;
    private @Nullable Page<T> previous;
    private @Nullable String cursor = firstCursor;
    private boolean done;

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        cursors.visit(cursor, previous);
        Page<T> page = fetch.apply(cursor);
        String following = page.nextCursor();
        if (!page.hasMore() || following == null) {
          done = true;
        } else {
          cursor = following;
        }
        next = page;
        previous = page;
      }
      return next != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = next;
      next = null;
      return page;
    }
  }

  private final class PagingIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> items = java.util.Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        items = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
