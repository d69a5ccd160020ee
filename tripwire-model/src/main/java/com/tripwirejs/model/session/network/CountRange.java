package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Count Range. */
@Value.Immutable
public abstract class CountRange implements TripwireObject {

  /**
   * Min.
   *
   * @return the min
   */
  @JsonProperty(value = "min", required = true)
  public abstract int min();

  /**
   * Max.
   *
   * @return the max
   */
  @JsonProperty(value = "max", required = true)
  public abstract int max();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CountRange} values. */
  public static final class Builder extends ImmutableCountRange.Builder {}
}
