package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Id Reference. */
@Value.Immutable
public abstract class IdReference implements TripwireObject {

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

  /** Builds {@link IdReference} values. */
  public static final class Builder extends ImmutableIdReference.Builder {}
}
