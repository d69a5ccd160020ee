package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Gate Consent Config. */
@Value.Immutable
public abstract class GateConsentConfig implements TripwireObject {

  /**
   * Terms url.
   *
   * @return the terms url, or null
   */
  @JsonProperty("terms_url")
  public abstract @Nullable String termsUrl();

  /**
   * Privacy url.
   *
   * @return the privacy url, or null
   */
  @JsonProperty("privacy_url")
  public abstract @Nullable String privacyUrl();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateConsentConfig} values. */
  public static final class Builder extends ImmutableGateConsentConfig.Builder {}
}
