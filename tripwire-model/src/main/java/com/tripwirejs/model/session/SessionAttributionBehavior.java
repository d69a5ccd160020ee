package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Attribution Behavior. */
@Value.Immutable
public abstract class SessionAttributionBehavior implements TripwireObject {

  /**
   * Channel.
   *
   * @return the channel
   */
  @JsonProperty(value = "channel", required = true)
  public abstract AttributionBehaviorChannel channel();

  /**
   * Value.
   *
   * @return the value
   */
  @JsonProperty(value = "value", required = true)
  public abstract String value();

  /**
   * Label.
   *
   * @return the label
   */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /**
   * Confidence.
   *
   * @return the confidence
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract int confidence();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAttributionBehavior} values. */
  public static final class Builder extends ImmutableSessionAttributionBehavior.Builder {}
}
