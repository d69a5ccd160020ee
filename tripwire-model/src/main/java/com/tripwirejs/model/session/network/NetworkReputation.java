package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The reputation of an IP address. */
@Value.Immutable
public abstract class NetworkReputation implements TripwireObject {

  /** {@return whether the address is on a reputation list} */
  @JsonProperty(value = "listed", required = true)
  public abstract boolean listed();

  /** {@return the categories the address is listed under, such as {@code vpn}} */
  @JsonProperty(value = "categories", required = true)
  public abstract List<String> categories();

  /** {@return whether the network is suspicious} */
  @JsonProperty(value = "suspicious_network", required = true)
  public abstract boolean suspiciousNetwork();

  // Only the implementation that Immutables generates in this package extends this class.
  NetworkReputation() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkReputation} values. */
  public static final class Builder extends ImmutableNetworkReputation.Builder {
    Builder() {}
  }
}
