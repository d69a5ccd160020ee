package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Visitor Fingerprint Anchors. */
@Value.Immutable
public abstract class VisitorFingerprintAnchors implements TripwireObject {

  /**
   * Webgl hash.
   *
   * @return the webgl hash, or null
   */
  @JsonProperty(value = "webgl_hash", required = true)
  public abstract @Nullable String webglHash();

  /**
   * Parameters hash.
   *
   * @return the parameters hash, or null
   */
  @JsonProperty(value = "parameters_hash", required = true)
  public abstract @Nullable String parametersHash();

  /**
   * Audio hash.
   *
   * @return the audio hash, or null
   */
  @JsonProperty(value = "audio_hash", required = true)
  public abstract @Nullable String audioHash();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintAnchors} values. */
  public static final class Builder extends ImmutableVisitorFingerprintAnchors.Builder {}
}
