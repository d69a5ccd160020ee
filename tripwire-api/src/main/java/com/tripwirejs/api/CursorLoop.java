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

  private final Set<String> visited = new HashSet<>();

  /**
   * Records that the walk fetches the page at {@code cursor}.
   *
   * @param cursor the cursor about to be fetched, or null for the beginning of the list
   * @param previous the page that gave the cursor, or null for the first page
   * @throws TripwireInvalidResponseException when the walk already fetched that cursor
   */
  void visit(@Nullable String cursor, @Nullable Page<?> previous) {
    if (cursor != null && !visited.add(cursor)) {
      throw new TripwireInvalidResponseException(
          "The API returned a page cursor it had already returned; stopping instead of looping",
          200,
          Headers.empty(),
          new byte[0],
          previous == null ? null : previous.requestId(),
          null);
    }
  }
}
