package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Whether an IP address belongs to a service that hides the client's own address. */
@Value.Immutable
public abstract class NetworkAnonymity implements TripwireObject {

  /** {@return whether the address belongs to a VPN} */
  @JsonProperty(value = "vpn", required = true)
  public abstract boolean vpn();

  /** {@return whether the address belongs to a proxy} */
  @JsonProperty(value = "proxy", required = true)
  public abstract boolean proxy();

  /** {@return whether the address is a Tor exit} */
  @JsonProperty(value = "tor", required = true)
  public abstract boolean tor();

  /** {@return whether the address belongs to a relay service} */
  @JsonProperty(value = "relay", required = true)
  public abstract boolean relay();

  /** {@return whether the address belongs to a hosting provider or data center} */
  @JsonProperty(value = "hosting", required = true)
  public abstract boolean hosting();

  /** {@return whether the address belongs to a residential proxy} */
  @JsonProperty(value = "residential_proxy", required = true)
  public abstract boolean residentialProxy();

  /** {@return whether the address belongs to a callback proxy} */
  @JsonProperty(value = "callback_proxy", required = true)
  public abstract boolean callbackProxy();

  /**
   * {@return the name of the anonymity provider, such as {@code Mullvad VPN}} Null when there is
   * none or it is not known.
   */
  @JsonProperty(value = "provider", required = true)
  public abstract @Nullable String provider();

  // Only the implementation that Immutables generates in this package extends this class.
  NetworkAnonymity() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkAnonymity} values. */
  public static final class Builder extends ImmutableNetworkAnonymity.Builder {
    Builder() {}
  }
}
