package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Network. */
@Value.Immutable
public abstract class SessionNetwork implements TripwireObject {

  /**
   * Ip address.
   *
   * @return the ip address, or null
   */
  @JsonProperty(value = "ip_address", required = true)
  public abstract @Nullable String ipAddress();

  /**
   * Ip version.
   *
   * @return the ip version, or null
   */
  @JsonProperty(value = "ip_version", required = true)
  public abstract @Nullable IpVersion ipVersion();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract NetworkStatus status();

  /**
   * Summary.
   *
   * @return the summary, or null
   */
  @JsonProperty(value = "summary", required = true)
  public abstract @Nullable String summary();

  /**
   * Location.
   *
   * @return the location, or null
   */
  @JsonProperty(value = "location", required = true)
  public abstract @Nullable SessionNetworkLocation location();

  /**
   * Routing.
   *
   * @return the routing
   */
  @JsonProperty(value = "routing", required = true)
  public abstract NetworkRouting routing();

  /**
   * Anonymity.
   *
   * @return the anonymity
   */
  @JsonProperty(value = "anonymity", required = true)
  public abstract NetworkAnonymity anonymity();

  /**
   * Reputation.
   *
   * @return the reputation
   */
  @JsonProperty(value = "reputation", required = true)
  public abstract NetworkReputation reputation();

  /**
   * Evidence.
   *
   * @return the evidence
   */
  @JsonProperty(value = "evidence", required = true)
  public abstract NetworkEvidence evidence();

  /**
   * Evaluated at.
   *
   * @return the evaluated at, or null
   */
  @JsonProperty(value = "evaluated_at", required = true)
  public abstract @Nullable Instant evaluatedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNetwork} values. */
  public static final class Builder extends ImmutableSessionNetwork.Builder {}
}
