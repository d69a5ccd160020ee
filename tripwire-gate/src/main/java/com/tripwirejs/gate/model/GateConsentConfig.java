package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The legal links shown when a person approves a signup to a Gate service. */
@Value.Immutable
public abstract class GateConsentConfig implements TripwireObject {

  /** {@return the URL of the service's terms} Null when the service has none. */
  @JsonProperty("terms_url")
  public abstract @Nullable String termsUrl();

  /** {@return the URL of the service's privacy policy} Null when the service has none. */
  @JsonProperty("privacy_url")
  public abstract @Nullable String privacyUrl();

  // Only the implementation that Immutables generates in this package extends this class.
  GateConsentConfig() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateConsentConfig} values. */
  public static final class Builder extends ImmutableGateConsentConfig.Builder {
    Builder() {}
  }
}
