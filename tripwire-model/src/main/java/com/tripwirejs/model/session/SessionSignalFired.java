package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Signal Fired. */
@Value.Immutable
public abstract class SessionSignalFired implements TripwireObject {

  /**
   * Signal.
   *
   * @return the signal
   */
  @JsonProperty(value = "signal", required = true)
  public abstract String signal();

  /**
   * Role.
   *
   * @return the role
   */
  @JsonProperty(value = "role", required = true)
  public abstract String role();

  /**
   * Category.
   *
   * @return the category
   */
  @JsonProperty(value = "category", required = true)
  public abstract String category();

  /**
   * Strength.
   *
   * @return the strength
   */
  @JsonProperty(value = "strength", required = true)
  public abstract String strength();

  /**
   * Signal score.
   *
   * @return the signal score
   */
  @JsonProperty(value = "signal_score", required = true)
  public abstract int signalScore();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionSignalFired} values. */
  public static final class Builder extends ImmutableSessionSignalFired.Builder {}
}
