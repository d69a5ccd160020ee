package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Highlight Evidence. */
@Value.Immutable
public abstract class SessionHighlightEvidence implements TripwireObject {

  /**
   * Signal.
   *
   * @return the signal
   */
  @JsonProperty(value = "signal", required = true)
  public abstract String signal();

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionHighlightEvidence} values. */
  public static final class Builder extends ImmutableSessionHighlightEvidence.Builder {}
}
