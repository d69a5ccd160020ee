package com.tripwirejs.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of a cursor-paginated list stands: its size limit, whether more items follow, and
 * the cursor that fetches the next page.
 */
@Value.Immutable
public abstract class CursorPagination implements TripwireObject {

  /** {@return the most items this page could hold, from 1 to 200} */
  @JsonProperty(value = "limit", required = true)
  public abstract int limit();

  /** {@return whether more items follow this page} */
  @JsonProperty(value = "has_more", required = true)
  public abstract boolean hasMore();

  /**
   * {@return the opaque cursor to pass as {@code cursor} to fetch the next page} Null when the API
   * leaves it out, as on the last page.
   */
  @JsonProperty("next_cursor")
  public abstract @Nullable String nextCursor();

  // Only the implementation that Immutables generates in this package extends this class.
  CursorPagination() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CursorPagination} values. */
  public static final class Builder extends ImmutableCursorPagination.Builder {
    Builder() {}
  }
}
