package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The object an event is about. */
@Value.Immutable
public abstract class EventSubject implements TripwireObject {

  /** {@return the kind of the object} */
  @JsonProperty(value = "type", required = true)
  public abstract String type();

  /** {@return the object's id, such as {@code sid_...} for a session} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  // Only the implementation that Immutables generates in this package extends this class.
  EventSubject() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EventSubject} values. */
  public static final class Builder extends ImmutableEventSubject.Builder {
    Builder() {}
  }
}
