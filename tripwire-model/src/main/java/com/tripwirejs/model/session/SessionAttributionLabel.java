package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Attribution Label. */
@Value.Immutable
public abstract class SessionAttributionLabel implements TripwireObject {

  /**
   * Kind.
   *
   * @return the kind
   */
  @JsonProperty(value = "kind", required = true)
  public abstract AttributionLabelKind kind();

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

  /** Builds {@link SessionAttributionLabel} values. */
  public static final class Builder extends ImmutableSessionAttributionLabel.Builder {}
}
