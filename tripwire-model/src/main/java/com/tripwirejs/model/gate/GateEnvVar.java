package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Env Var. */
@Value.Immutable
public abstract class GateEnvVar implements TripwireObject {

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Key.
   *
   * @return the key
   */
  @JsonProperty(value = "key", required = true)
  public abstract String key();

  /**
   * Secret.
   *
   * @return the secret
   */
  @JsonProperty(value = "secret", required = true)
  public abstract boolean secret();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateEnvVar} values. */
  public static final class Builder extends ImmutableGateEnvVar.Builder {}
}
