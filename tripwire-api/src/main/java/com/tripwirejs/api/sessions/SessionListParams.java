package com.tripwirejs.api.sessions;

import com.tripwirejs.api.internal.ListLimits;
import com.tripwirejs.model.session.Verdict;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Filters and paging of {@code sessions().list(...)}. Every parameter is optional. */
@Value.Immutable
public abstract class SessionListParams {

  /**
   * How many sessions a page holds.
   *
   * @return between 1 and 200, or null for the API's default (50)
   */
  public abstract @Nullable Integer limit();

  /**
   * Where to start: the {@code nextCursor} of a previous page.
   *
   * @return the cursor, or null for the first page
   */
  public abstract @Nullable String cursor();

  /**
   * Only sessions whose latest decision has this verdict.
   *
   * @return the verdict, or null for every session
   */
  public abstract @Nullable Verdict verdict();

  /**
   * Free-text search over the sessions.
   *
   * @return the search text, or null for no search
   */
  public abstract @Nullable String search();

  /**
   * These parameters starting at another cursor.
   *
   * @param cursor the cursor, or null for the first page
   * @return the new parameters
   */
  public SessionListParams withCursor(@Nullable String cursor) {
    return builder().from(this).cursor(cursor).build();
  }

  @Value.Check
  void check() {
    ListLimits.check(limit());
  }

  /**
   * No filters: the first page at the API's default size.
   *
   * @return the parameters
   */
  public static SessionListParams none() {
    return builder().build();
  }

  // Only the implementation that Immutables generates in this package extends this class.
  SessionListParams() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionListParams}; {@code build()} checks the limit. */
  public static final class Builder extends ImmutableSessionListParams.Builder {
    Builder() {}
  }
}
