package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The stable hashes a visitor fingerprint is anchored on. */
@Value.Immutable
public abstract class VisitorFingerprintAnchors implements TripwireObject {

  /** {@return the WebGL hash} Null when it was not observed. */
  @JsonProperty(value = "webgl_hash", required = true)
  public abstract @Nullable String webglHash();

  /** {@return the hash of the browser parameters} Null when it was not observed. */
  @JsonProperty(value = "parameters_hash", required = true)
  public abstract @Nullable String parametersHash();

  /** {@return the audio hash} Null when it was not observed. */
  @JsonProperty(value = "audio_hash", required = true)
  public abstract @Nullable String audioHash();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintAnchors() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintAnchors} values. */
  public static final class Builder extends ImmutableVisitorFingerprintAnchors.Builder {
    Builder() {}
  }
}
