package com.tripwirejs.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of a successful response that returns a list: {@code {"data": [...], "pagination": ...,
 * "meta": ...}}.
 *
 * @param <T> the type of the items
 */
@Value.Immutable
public abstract class ListEnvelope<T> implements TripwireObject {

  /** {@return the items, in the order the API returned them} */
  @JsonProperty(value = "data", required = true)
  public abstract List<T> data();

  /**
   * {@return where the list stands} Null for lists the API does not paginate: the Gate registry and
   * the organization's Gate services.
   */
  @JsonProperty("pagination")
  public abstract @Nullable CursorPagination pagination();

  /** {@return the metadata of the response, with its request id} */
  @JsonProperty(value = "meta", required = true)
  public abstract ResponseMeta meta();

  // Only the implementation that Immutables generates in this package extends this class.
  ListEnvelope() {}

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
  public static final class Builder<T> extends ImmutableListEnvelope.Builder<T> {
    Builder() {}
  }
}
