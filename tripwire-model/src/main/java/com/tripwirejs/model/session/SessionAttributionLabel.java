package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** One attribution of a session, such as the tool or provider behind it, with a confidence. */
@Value.Immutable
public abstract class SessionAttributionLabel implements TripwireObject {

  /** {@return what the label names: the actor, provider, tool, and so on} */
  @JsonProperty(value = "kind", required = true)
  public abstract AttributionLabelKind kind();

  /** {@return the label's machine-readable value, such as {@code playwright}} */
  @JsonProperty(value = "value", required = true)
  public abstract String value();

  /** {@return the label for people, such as {@code Playwright}} */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /** {@return the confidence in the label, from 0 to 100} */
  @JsonProperty(value = "confidence", required = true)
  public abstract int confidence();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionAttributionLabel() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAttributionLabel} values. */
  public static final class Builder extends ImmutableSessionAttributionLabel.Builder {
    Builder() {}
  }
}
