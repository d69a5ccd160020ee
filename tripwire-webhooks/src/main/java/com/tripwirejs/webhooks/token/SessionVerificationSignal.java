package com.tripwirejs.webhooks.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** One signal behind a sealed token's decision. */
@Value.Immutable
public abstract class SessionVerificationSignal implements TripwireObject {

  /**
   * The signal id, such as {@code E6}.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * The signal's category, such as {@code environment}.
   *
   * @return the category
   */
  @JsonProperty(value = "category", required = true)
  public abstract String category();

  /**
   * How strongly the signal fired, such as {@code strong}.
   *
   * @return the confidence
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract String confidence();

  /**
   * The signal's contribution to the risk score.
   *
   * @return the score
   */
  @JsonProperty(value = "score", required = true)
  public abstract double score();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionVerificationSignal() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionVerificationSignal} values. */
  public static final class Builder extends ImmutableSessionVerificationSignal.Builder {
    Builder() {}
  }
}
