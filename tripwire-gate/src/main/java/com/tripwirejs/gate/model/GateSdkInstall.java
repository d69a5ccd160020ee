package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** An SDK that a Gate service offers, and how to install it. */
@Value.Immutable
public abstract class GateSdkInstall implements TripwireObject {

  /** {@return the SDK's label, such as {@code Node}} */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /** {@return the install command, such as {@code npm install @acme/sdk}} */
  @JsonProperty(value = "install", required = true)
  public abstract String install();

  /** {@return a link to the SDK} */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  // Only the implementation that Immutables generates in this package extends this class.
  GateSdkInstall() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSdkInstall} values. */
  public static final class Builder extends ImmutableGateSdkInstall.Builder {
    Builder() {}
  }
}
