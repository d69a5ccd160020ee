package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Network Anonymity. */
@Value.Immutable
public abstract class NetworkAnonymity implements TripwireObject {

  /**
   * Vpn.
   *
   * @return the vpn
   */
  @JsonProperty(value = "vpn", required = true)
  public abstract boolean vpn();

  /**
   * Proxy.
   *
   * @return the proxy
   */
  @JsonProperty(value = "proxy", required = true)
  public abstract boolean proxy();

  /**
   * Tor.
   *
   * @return the tor
   */
  @JsonProperty(value = "tor", required = true)
  public abstract boolean tor();

  /**
   * Relay.
   *
   * @return the relay
   */
  @JsonProperty(value = "relay", required = true)
  public abstract boolean relay();

  /**
   * Hosting.
   *
   * @return the hosting
   */
  @JsonProperty(value = "hosting", required = true)
  public abstract boolean hosting();

  /**
   * Residential proxy.
   *
   * @return the residential proxy
   */
  @JsonProperty(value = "residential_proxy", required = true)
  public abstract boolean residentialProxy();

  /**
   * Callback proxy.
   *
   * @return the callback proxy
   */
  @JsonProperty(value = "callback_proxy", required = true)
  public abstract boolean callbackProxy();

  /**
   * Provider.
   *
   * @return the provider, or null
   */
  @JsonProperty(value = "provider", required = true)
  public abstract @Nullable String provider();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkAnonymity} values. */
  public static final class Builder extends ImmutableNetworkAnonymity.Builder {}
}
