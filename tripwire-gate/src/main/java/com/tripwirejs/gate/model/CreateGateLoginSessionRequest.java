package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * The body with which an agent starts a login to a Gate service's dashboard. Authenticated with the
 * agent token; the answer is a {@link GateLoginSession}.
 *
 * <p>Building one checks the value before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} when the service id is not a valid service slug.
 */
@Value.Immutable
public abstract class CreateGateLoginSessionRequest implements TripwireObject {

  /** {@return the id of the service whose dashboard to log in to, such as {@code acme_prod}} */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

  @Value.Check
  void check() {
    GateServiceChecks.serviceId(serviceId(), "service_id");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  CreateGateLoginSessionRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateGateLoginSessionRequest} values. */
  public static final class Builder extends ImmutableCreateGateLoginSessionRequest.Builder {
    Builder() {}
  }
}
