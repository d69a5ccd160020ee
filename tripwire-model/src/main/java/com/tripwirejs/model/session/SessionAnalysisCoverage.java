package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Which areas of analysis had data for a session. */
@Value.Immutable
public abstract class SessionAnalysisCoverage implements TripwireObject {

  /** {@return whether the browser was analyzed} */
  @JsonProperty(value = "browser", required = true)
  public abstract boolean browser();

  /** {@return whether the device was analyzed} */
  @JsonProperty(value = "device", required = true)
  public abstract boolean device();

  /** {@return whether the network was analyzed} */
  @JsonProperty(value = "network", required = true)
  public abstract boolean network();

  /** {@return whether the runtime integrity was analyzed} */
  @JsonProperty(value = "runtime", required = true)
  public abstract boolean runtime();

  /** {@return whether the visitor's behavior was analyzed} */
  @JsonProperty(value = "behavioral", required = true)
  public abstract boolean behavioral();

  /** {@return whether the visitor's identity was analyzed} */
  @JsonProperty(value = "visitor_identity", required = true)
  public abstract boolean visitorIdentity();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionAnalysisCoverage() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAnalysisCoverage} values. */
  public static final class Builder extends ImmutableSessionAnalysisCoverage.Builder {
    Builder() {}
  }
}
