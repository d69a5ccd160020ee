package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** How a session was matched to its visitor fingerprint, and on what basis. */
@Value.Immutable
public abstract class SessionDetailVisitorFingerprintResolution implements TripwireObject {

  /**
   * {@return the evidence that tied the session to the visitor} Null when the session predates
   * resolution tracking.
   */
  @JsonProperty(value = "method", required = true)
  public abstract @Nullable FingerprintResolutionMethod method();

  /** {@return whether the match is deterministic or probabilistic} Null for a new visitor. */
  @JsonProperty(value = "basis", required = true)
  public abstract @Nullable FingerprintResolutionBasis basis();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailVisitorFingerprintResolution() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailVisitorFingerprintResolution} values. */
  public static final class Builder
      extends ImmutableSessionDetailVisitorFingerprintResolution.Builder {
    Builder() {}
  }
}
