package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Network Routing. */
@Value.Immutable
public abstract class NetworkRouting implements TripwireObject {

  /**
   * Asn.
   *
   * @return the asn, or null
   */
  @JsonProperty(value = "asn", required = true)
  public abstract @Nullable String asn();

  /**
   * Organization.
   *
   * @return the organization, or null
   */
  @JsonProperty(value = "organization", required = true)
  public abstract @Nullable String organization();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkRouting} values. */
  public static final class Builder extends ImmutableNetworkRouting.Builder {}
}
