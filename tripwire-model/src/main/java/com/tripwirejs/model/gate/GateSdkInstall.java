package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Sdk Install. */
@Value.Immutable
public abstract class GateSdkInstall implements TripwireObject {

  /**
   * Label.
   *
   * @return the label
   */
  @JsonProperty(value = "label", required = true)
  public abstract String label();

  /**
   * Install.
   *
   * @return the install
   */
  @JsonProperty(value = "install", required = true)
  public abstract String install();

  /**
   * Url.
   *
   * @return the url
   */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSdkInstall} values. */
  public static final class Builder extends ImmutableGateSdkInstall.Builder {}
}
