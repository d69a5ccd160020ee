package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Analysis Coverage. */
@Value.Immutable
public abstract class SessionAnalysisCoverage implements TripwireObject {

  /**
   * Browser.
   *
   * @return the browser
   */
  @JsonProperty(value = "browser", required = true)
  public abstract boolean browser();

  /**
   * Device.
   *
   * @return the device
   */
  @JsonProperty(value = "device", required = true)
  public abstract boolean device();

  /**
   * Network.
   *
   * @return the network
   */
  @JsonProperty(value = "network", required = true)
  public abstract boolean network();

  /**
   * Runtime.
   *
   * @return the runtime
   */
  @JsonProperty(value = "runtime", required = true)
  public abstract boolean runtime();

  /**
   * Behavioral.
   *
   * @return the behavioral
   */
  @JsonProperty(value = "behavioral", required = true)
  public abstract boolean behavioral();

  /**
   * Visitor identity.
   *
   * @return the visitor identity
   */
  @JsonProperty(value = "visitor_identity", required = true)
  public abstract boolean visitorIdentity();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAnalysisCoverage} values. */
  public static final class Builder extends ImmutableSessionAnalysisCoverage.Builder {}
}
