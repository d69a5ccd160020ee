package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The evidence behind the network findings of a session. */
@Value.Immutable
public abstract class NetworkEvidence implements TripwireObject {

  /** {@return the network risk signals, such as {@code vpn}} */
  @JsonProperty(value = "risk_signals", required = true)
  public abstract List<String> riskSignals();

  /** {@return the tags of the network's operator, such as {@code vpn}} */
  @JsonProperty(value = "operator_tags", required = true)
  public abstract List<String> operatorTags();

  /** {@return the kinds of clients seen on the address, such as {@code consumer}} */
  @JsonProperty(value = "client_types", required = true)
  public abstract List<String> clientTypes();

  /** {@return how many clients were seen on the address} Null when it is not known. */
  @JsonProperty(value = "client_count", required = true)
  public abstract @Nullable Integer clientCount();

  // Only the implementation that Immutables generates in this package extends this class.
  NetworkEvidence() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkEvidence} values. */
  public static final class Builder extends ImmutableNetworkEvidence.Builder {
    Builder() {}
  }
}
