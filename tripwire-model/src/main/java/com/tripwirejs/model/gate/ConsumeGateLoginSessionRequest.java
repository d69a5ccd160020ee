package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Consume Gate Login Session Request. */
@Value.Immutable
public abstract class ConsumeGateLoginSessionRequest implements TripwireObject {

  /**
   * Code.
   *
   * @return the code
   */
  @JsonProperty(value = "code", required = true)
  public abstract Secret code();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConsumeGateLoginSessionRequest} values. */
  public static final class Builder extends ImmutableConsumeGateLoginSessionRequest.Builder {}
}
