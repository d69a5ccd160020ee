package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Event Subject. */
@Value.Immutable
public abstract class EventSubject implements TripwireObject {

  /**
   * Type.
   *
   * @return the type
   */
  @JsonProperty(value = "type", required = true)
  public abstract String type();

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EventSubject} values. */
  public static final class Builder extends ImmutableEventSubject.Builder {}
}
