package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** A range of counts, from {@link #min()} to {@link #max()} inclusive. */
@Value.Immutable
public abstract class CountRange implements TripwireObject {

  /** {@return the lowest count} */
  @JsonProperty(value = "min", required = true)
  public abstract int min();

  /** {@return the highest count} */
  @JsonProperty(value = "max", required = true)
  public abstract int max();

  // Only the implementation that Immutables generates in this package extends this class.
  CountRange() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CountRange} values. */
  public static final class Builder extends ImmutableCountRange.Builder {
    Builder() {}
  }
}
