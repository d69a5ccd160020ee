package com.tripwirejs.api.fingerprints;

import com.tripwirejs.api.internal.ListLimits;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Search, order and paging of {@code fingerprints().list(...)}. Every parameter is optional. */
@Value.Immutable
public abstract class FingerprintListParams {

  /**
   * How many fingerprints a page holds.
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
   * Free-text search over the fingerprints.
   *
   * @return the search text, or null for no search
   */
  public abstract @Nullable String search();

  /**
   * The order of the list.
   *
   * @return the order, or null for the API's default
   */
  public abstract @Nullable FingerprintSort sort();

  /**
   * These parameters starting at another cursor.
   *
   * @param cursor the cursor, or null for the first page
   * @return the new parameters
   */
  public FingerprintListParams withCursor(@Nullable String cursor) {
    return builder().from(this).cursor(cursor).build();
  }

  @Value.Check
  void check() {
    ListLimits.check(limit());
  }

  /**
   * No search: the first page at the API's default size and order.
   *
   * @return the parameters
   */
  public static FingerprintListParams none() {
    return builder().build();
  }

  // Only the implementation that Immutables generates in this package extends this class.
  FingerprintListParams() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FingerprintListParams}; {@code build()} checks the limit. */
  public static final class Builder extends ImmutableFingerprintListParams.Builder {
    Builder() {}
  }
}
