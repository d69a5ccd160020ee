package com.tripwirejs.api;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.error.TripwireInvalidResponseException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guard both auto-pagers share against an API that hands out a cursor it already gave: the
 * same page again, or a cycle through several pages, would otherwise be fetched forever. One per
 * walk through a list; a walk fetches one page at a time.
 */
final class CursorLoop {

  /** The message of the error that ends a walk on a repeated cursor; documented on the pagers. */
  static final String REPEATED_CURSOR =
      "The API returned a page cursor it had already returned during this auto-paging walk (the"
          + " same page again, or a cycle of pages); auto-paging stops here instead of fetching"
          + " forever. This is a fault of the API server (or a proxy in front of it), not of the"
          + " request: report it with the request id. The items handed over so far are correct.";

  /** The message of the error that ends a walk on a blank cursor that says more pages follow. */
  static final String BLANK_CURSOR =
      "The API said more items follow but returned a blank page cursor, which can only lead back to"
          + " the first page; auto-paging stops here instead of fetching forever. This is a fault of"
          + " the API server (or a proxy in front of it), not of the request: report it with the"
          + " request id.";

  private final Set<String> visited = new HashSet<>();

  /**
   * Records that the walk fetches the page at {@code cursor}.
   *
   * @param cursor the cursor about to be fetched, or null for the beginning of the list
   * @param previous the page that gave the cursor, or null for the first page
   * @throws TripwireInvalidResponseException when the walk already fetched that cursor, or the
   *     previous page gave a blank one
   */
  void visit(@Nullable String cursor, @Nullable Page<?> previous) {
    if (cursor == null) {
      return;
    }
    if (previous != null && cursor.isBlank()) {
      throw invalid(BLANK_CURSOR, previous);
    }
    if (!visited.add(cursor)) {
      throw invalid(REPEATED_CURSOR, previous);
    }
  }

  private static TripwireInvalidResponseException invalid(String message, @Nullable Page<?> previous) {
    return new TripwireInvalidResponseException(
        message, 200, Headers.empty(), new byte[0], previous == null ? null : previous.requestId(), null);
  }
}
