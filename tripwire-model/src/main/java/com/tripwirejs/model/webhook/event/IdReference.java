package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** A reference to an object by its id. */
@Value.Immutable
public abstract class IdReference implements TripwireObject {

  /** {@return the object's id, such as {@code sid_...}, {@code vid_...} or {@code we_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  // Only the implementation that Immutables generates in this package extends this class.
  IdReference() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IdReference} values. */
  public static final class Builder extends ImmutableIdReference.Builder {
    Builder() {}
  }
}
