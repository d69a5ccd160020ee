package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The body of an error response: {@code {"error": {...}}}. */
@Value.Immutable
public abstract class ApiErrorEnvelope implements TripwireObject {

  /** {@return the error} */
  @JsonProperty(value = "error", required = true)
  public abstract PublicError error();

  // Only the implementation that Immutables generates in this package extends this class.
  ApiErrorEnvelope() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiErrorEnvelope} values. */
  public static final class Builder extends ImmutableApiErrorEnvelope.Builder {
    Builder() {}
  }
}
