package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.session.Verdict;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The service's verdict on the person who approved a Gate signup: the {@code foil} (Foil) or {@code
 * tripwire} (Tripwire) object of an approved-webhook payload.
 */
@Value.Immutable
public abstract class GateApprovalVerdict implements TripwireObject {

  /** {@return the verdict: bot, human or inconclusive} */
  @JsonProperty(value = "verdict", required = true)
  public abstract Verdict verdict();

  /** {@return the score, such as {@code 0.08}} Null when there is no score. */
  @JsonProperty(value = "score", required = true)
  public abstract @Nullable Double score();

  // Only the implementation that Immutables generates in this package extends this class.
  GateApprovalVerdict() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateApprovalVerdict} values. */
  public static final class Builder extends ImmutableGateApprovalVerdict.Builder {
    Builder() {}
  }
}
