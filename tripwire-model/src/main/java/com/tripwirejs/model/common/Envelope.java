package com.tripwirejs.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * The body of a successful response that returns one object: {@code {"data": ..., "meta": ...}}.
 *
 * @param <T> the type of the object
 */
@Value.Immutable
public abstract class Envelope<T> implements TripwireObject {

  /** {@return the object the operation returned} */
  @JsonProperty(value = "data", required = true)
  public abstract T data();

  /** {@return the metadata of the response, with its request id} */
  @JsonProperty(value = "meta", required = true)
  public abstract ResponseMeta meta();

  // Only the implementation that Immutables generates in this package extends this class.
  Envelope() {}

  /**
   * A new builder.
   *
   * @param <T> the type of the object
   * @return a builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builds {@link Envelope} values.
   *
   * @param <T> the type of the object
   */
  public static final class Builder<T> extends ImmutableEnvelope.Builder<T> {
    Builder() {}
  }
}
