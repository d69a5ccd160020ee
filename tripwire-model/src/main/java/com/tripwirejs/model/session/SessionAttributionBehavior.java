package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** A behavior observed in one input channel of a session, with a confidence. */
@Value.Immutable
public abstract class SessionAttributionBehavior implements TripwireObject {

  /** {@return the input channel, such as typing} */
  @JsonProperty(value = "channel", required = true)
  public abstract AttributionBehaviorChannel channel();

  /** {@return the behavior's machine-readable value, such as {@code synthetic-typing}} */
  @JsonProperty(value = "value", required = true)
  public abstract String value();

  /** {@return the behavior for people, such as {@code Synthetic Typing}} */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /** {@return the confidence in the behavior, from 0 to 100} */
  @JsonProperty(value = "confidence", required = true)
  public abstract int confidence();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionAttributionBehavior() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAttributionBehavior} values. */
  public static final class Builder extends ImmutableSessionAttributionBehavior.Builder {
    Builder() {}
  }
}
