package com.tripwirejs.api.organizations;

import com.tripwirejs.api.internal.ListLimits;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Paging of {@code organizations().apiKeys().list(...)}. Every parameter is optional. */
@Value.Immutable
public abstract class ApiKeyListParams {

  /**
   * How many keys a page holds.
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
   * These parameters starting at another cursor.
   *
   * @param cursor the cursor, or null for the first page
   * @return the new parameters
   */
  public ApiKeyListParams withCursor(@Nullable String cursor) {
    return builder().from(this).cursor(cursor).build();
  }

  @Value.Check
  void check() {
    ListLimits.check(limit());
  }

  /**
   * The first page at the API's default size.
   *
   * @return the parameters
   */
  public static ApiKeyListParams none() {
    return builder().build();
  }

  // Only the implementation that Immutables generates in this package extends this class.
  ApiKeyListParams() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiKeyListParams}; {@code build()} checks the limit. */
  public static final class Builder extends ImmutableApiKeyListParams.Builder {
    Builder() {}
  }
}
