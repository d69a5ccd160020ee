package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Canvas. */
@Value.Immutable
public abstract class SessionRawDeviceCanvas implements TripwireObject {

  /**
   * Hash.
   *
   * @return the hash, or null
   */
  @JsonProperty(value = "hash", required = true)
  public abstract @Nullable ObservationHash hash();

  /**
   * Geometry hash.
   *
   * @return the geometry hash, or null
   */
  @JsonProperty(value = "geometry_hash", required = true)
  public abstract @Nullable ObservationHash geometryHash();

  /**
   * Text hash.
   *
   * @return the text hash, or null
   */
  @JsonProperty(value = "text_hash", required = true)
  public abstract @Nullable ObservationHash textHash();

  /**
   * Winding.
   *
   * @return the winding, or null
   */
  @JsonProperty(value = "winding", required = true)
  public abstract @Nullable Boolean winding();

  /**
   * Noise detected.
   *
   * @return the noise detected, or null
   */
  @JsonProperty(value = "noise_detected", required = true)
  public abstract @Nullable Boolean noiseDetected();

  /**
   * Offscreen consistent.
   *
   * @return the offscreen consistent, or null
   */
  @JsonProperty(value = "offscreen_consistent", required = true)
  public abstract @Nullable Boolean offscreenConsistent();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceCanvas} values. */
  public static final class Builder extends ImmutableSessionRawDeviceCanvas.Builder {}
}
