package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Http2 Fingerprint. */
@Value.Immutable
public abstract class Http2Fingerprint implements TripwireObject {

  /**
   * Akamai fingerprint.
   *
   * @return the akamai fingerprint, or null
   */
  @JsonProperty(value = "akamai_fingerprint", required = true)
  public abstract @Nullable String akamaiFingerprint();

  /**
   * Profile.
   *
   * @return the profile, or null
   */
  @JsonProperty(value = "profile", required = true)
  public abstract @Nullable String profile();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Http2Fingerprint} values. */
  public static final class Builder extends ImmutableHttp2Fingerprint.Builder {}
}
