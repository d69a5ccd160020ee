package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Network Evidence. */
@Value.Immutable
public abstract class NetworkEvidence implements TripwireObject {

  /**
   * Risk signals.
   *
   * @return the risk signals
   */
  @JsonProperty(value = "risk_signals", required = true)
  public abstract List<String> riskSignals();

  /**
   * Operator tags.
   *
   * @return the operator tags
   */
  @JsonProperty(value = "operator_tags", required = true)
  public abstract List<String> operatorTags();

  /**
   * Client types.
   *
   * @return the client types
   */
  @JsonProperty(value = "client_types", required = true)
  public abstract List<String> clientTypes();

  /**
   * Client count.
   *
   * @return the client count, or null
   */
  @JsonProperty(value = "client_count", required = true)
  public abstract @Nullable Integer clientCount();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkEvidence} values. */
  public static final class Builder extends ImmutableNetworkEvidence.Builder {}
}
