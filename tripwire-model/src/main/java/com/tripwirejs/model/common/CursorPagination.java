package com.tripwirejs.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Where a cursor-paginated list stands: the page size, and the cursor of the next page. */
@Value.Immutable
public abstract class CursorPagination implements TripwireObject {

  /**
   * The maximum number of items the page could hold.
   *
   * @return the page size limit
   */
  @JsonProperty(value = "limit", required = true)
  public abstract int limit();

  /**
   * Whether more items follow this page.
   *
   * @return true when a next page exists
   */
  @JsonProperty(value = "has_more", required = true)
  public abstract boolean hasMore();

  /**
   * The cursor to pass to fetch the next page; absent on the last page.
   *
   * @return the next cursor, or null
   */
  @JsonProperty("next_cursor")
  public abstract @Nullable String nextCursor();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CursorPagination} values. */
  public static final class Builder extends ImmutableCursorPagination.Builder {}
}
