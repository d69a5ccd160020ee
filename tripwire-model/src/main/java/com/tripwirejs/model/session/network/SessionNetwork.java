package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What is known about the network a session came from. */
@Value.Immutable
public abstract class SessionNetwork implements TripwireObject {

  /** {@return the client's IP address, such as {@code 203.0.113.10}} Null when it is not known. */
  @JsonProperty(value = "ip_address", required = true)
  public abstract @Nullable String ipAddress();

  /** {@return whether the address is IPv4 or IPv6} Null when it is not known. */
  @JsonProperty(value = "ip_version", required = true)
  public abstract @Nullable IpVersion ipVersion();

  /** {@return the state of the network analysis} */
  @JsonProperty(value = "status", required = true)
  public abstract NetworkStatus status();

  /**
   * {@return the network finding in one sentence, such as {@code This IP appears associated with
   * VPN traffic.}} Null when there is none.
   */
  @JsonProperty(value = "summary", required = true)
  public abstract @Nullable String summary();

  /** {@return where the IP address is located} Null when it could not be located. */
  @JsonProperty(value = "location", required = true)
  public abstract @Nullable SessionNetworkLocation location();

  /** {@return the autonomous system the address belongs to} */
  @JsonProperty(value = "routing", required = true)
  public abstract NetworkRouting routing();

  /** {@return whether the address belongs to a VPN, proxy, Tor or similar service} */
  @JsonProperty(value = "anonymity", required = true)
  public abstract NetworkAnonymity anonymity();

  /** {@return the address's reputation} */
  @JsonProperty(value = "reputation", required = true)
  public abstract NetworkReputation reputation();

  /** {@return the evidence behind the network findings} */
  @JsonProperty(value = "evidence", required = true)
  public abstract NetworkEvidence evidence();

  /** {@return when the network was analyzed} Null when it has not been analyzed. */
  @JsonProperty(value = "evaluated_at", required = true)
  public abstract @Nullable Instant evaluatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNetwork() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNetwork} values. */
  public static final class Builder extends ImmutableSessionNetwork.Builder {
    Builder() {}
  }
}
