package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** A detection signal that fired during a session. */
@Value.Immutable
public abstract class SessionSignalFired implements TripwireObject {

  /** {@return the signal's key, such as {@code webdriver_detected}} */
  @JsonProperty(value = "signal", required = true)
  public abstract String signal();

  /** {@return the signal's role in the decision, such as {@code owner}} */
  @JsonProperty(value = "role", required = true)
  public abstract String role();

  /** {@return the signal's category, such as {@code environment}} */
  @JsonProperty(value = "category", required = true)
  public abstract String category();

  /** {@return the strength of the evidence, such as {@code definitive}} */
  @JsonProperty(value = "strength", required = true)
  public abstract String strength();

  /** {@return the signal's score, from 0 to 100} */
  @JsonProperty(value = "signal_score", required = true)
  public abstract int signalScore();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionSignalFired() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionSignalFired} values. */
  public static final class Builder extends ImmutableSessionSignalFired.Builder {
    Builder() {}
  }
}
