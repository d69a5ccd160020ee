package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** An environment variable that a Gate service provisions to an approved agent. */
@Value.Immutable
public abstract class GateEnvVar implements TripwireObject {

  /** {@return the variable's display name, such as {@code Secret key}} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return the variable's name in the environment, such as {@code TRIPWIRE_SECRET_KEY}} */
  @JsonProperty(value = "key", required = true)
  public abstract String key();

  /** {@return whether the value is a secret that must not be shown or logged} */
  @JsonProperty(value = "secret", required = true)
  public abstract boolean secret();

  // Only the implementation that Immutables generates in this package extends this class.
  GateEnvVar() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateEnvVar} values. */
  public static final class Builder extends ImmutableGateEnvVar.Builder {
    Builder() {}
  }
}
