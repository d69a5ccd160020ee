package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Create Gate Login Session Request. */
@Value.Immutable
public abstract class CreateGateLoginSessionRequest implements TripwireObject {

  /**
   * Service id.
   *
   * @return the service id
   */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateGateLoginSessionRequest} values. */
  public static final class Builder extends ImmutableCreateGateLoginSessionRequest.Builder {}
}
