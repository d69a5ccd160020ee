package com.tripwirejs.api.internal;

import org.jspecify.annotations.Nullable;

/** The page size limits of the API's lists. */
public final class ListLimits {

  /** The smallest page size. */
  public static final int MIN = 1;

  /** The largest page size. */
  public static final int MAX = 200;

  private ListLimits() {}

  /**
   * Checks a page size.
   *
   * @param limit the requested size, or null for the API's default
   * @throws IllegalArgumentException when it is outside 1..200
   */
  public static void check(@Nullable Integer limit) {
    if (limit != null && (limit < MIN || limit > MAX)) {
      throw new IllegalArgumentException(
          "limit must be between " + MIN + " and " + MAX + " (or left unset for the default of 50)");
    }
  }
}
