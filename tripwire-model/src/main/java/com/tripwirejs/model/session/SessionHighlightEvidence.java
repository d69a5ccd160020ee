package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** A detection signal behind a highlight. */
@Value.Immutable
public abstract class SessionHighlightEvidence implements TripwireObject {

  /** {@return the signal's key, such as {@code webdriver_detected}} */
  @JsonProperty(value = "signal", required = true)
  public abstract String signal();

  /** {@return the signal's name for people, such as {@code WebDriver detected}} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionHighlightEvidence() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionHighlightEvidence} values. */
  public static final class Builder extends ImmutableSessionHighlightEvidence.Builder {
    Builder() {}
  }
}
