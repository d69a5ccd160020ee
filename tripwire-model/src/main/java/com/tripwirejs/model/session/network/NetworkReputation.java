package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** Network Reputation. */
@Value.Immutable
public abstract class NetworkReputation implements TripwireObject {

  /**
   * Listed.
   *
   * @return the listed
   */
  @JsonProperty(value = "listed", required = true)
  public abstract boolean listed();

  /**
   * Categories.
   *
   * @return the categories
   */
  @JsonProperty(value = "categories", required = true)
  public abstract List<String> categories();

  /**
   * Suspicious network.
   *
   * @return the suspicious network
   */
  @JsonProperty(value = "suspicious_network", required = true)
  public abstract boolean suspiciousNetwork();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkReputation} values. */
  public static final class Builder extends ImmutableNetworkReputation.Builder {}
}
