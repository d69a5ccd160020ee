package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** How many form fields a session's behavior ledger tracked. */
@Value.Immutable
public abstract class SessionDetailBehaviorCoverage implements TripwireObject {

  /** {@return the number of fields tracked} */
  @JsonProperty(value = "fields_tracked", required = true)
  public abstract double fieldsTracked();

  /** {@return the number of fields that were not tracked} */
  @JsonProperty(value = "fields_dropped", required = true)
  public abstract double fieldsDropped();

  /** {@return whether every field of the page was tracked} */
  @JsonProperty(value = "complete", required = true)
  public abstract boolean complete();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailBehaviorCoverage() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailBehaviorCoverage} values. */
  public static final class Builder extends ImmutableSessionDetailBehaviorCoverage.Builder {
    Builder() {}
  }
}
