package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The autonomous system an IP address belongs to. */
@Value.Immutable
public abstract class NetworkRouting implements TripwireObject {

  /** {@return the autonomous system number, such as {@code 64512}} Null when it is not known. */
  @JsonProperty(value = "asn", required = true)
  public abstract @Nullable String asn();

  /** {@return the organization that operates the autonomous system} Null when it is not known. */
  @JsonProperty(value = "organization", required = true)
  public abstract @Nullable String organization();

  // Only the implementation that Immutables generates in this package extends this class.
  NetworkRouting() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkRouting} values. */
  public static final class Builder extends ImmutableNetworkRouting.Builder {
    Builder() {}
  }
}
