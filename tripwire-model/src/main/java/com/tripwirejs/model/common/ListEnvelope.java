package com.tripwirejs.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of a successful response that returns a list: {@code {"data": [...], "pagination":
 * ..., "meta": ...}}. Lists that are not paginated (the Gate registry and services) have no
 * pagination.
 *
 * @param <T> the type of the items
 */
@Value.Immutable
public abstract class ListEnvelope<T> implements TripwireObject {

  /**
   * The items of this page, in the order the API returned them.
   *
   * @return the items
   */
  @JsonProperty(value = "data", required = true)
  public abstract List<T> data();

  /**
   * Where the list stands, for paginated lists.
   *
   * @return the pagination, or null for a list that is not paginated
   */
  @JsonProperty("pagination")
  public abstract @Nullable CursorPagination pagination();

  /**
   * Metadata of the response.
   *
   * @return the metadata
   */
  @JsonProperty(value = "meta", required = true)
  public abstract ResponseMeta meta();

  /**
   * A new builder.
   *
   * @param <T> the type of the items
   * @return a builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builds {@link ListEnvelope} values.
   *
   * @param <T> the type of the items
   */
  public static final class Builder<T> extends ImmutableListEnvelope.Builder<T> {}
}
