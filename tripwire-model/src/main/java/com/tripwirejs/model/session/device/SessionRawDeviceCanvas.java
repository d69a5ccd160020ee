package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What rendering to a canvas showed. */
@Value.Immutable
public abstract class SessionRawDeviceCanvas implements TripwireObject {

  /** {@return the hash of the rendered canvas} Null when it was not reported. */
  @JsonProperty(value = "hash", required = true)
  public abstract @Nullable ObservationHash hash();

  /** {@return the hash of the rendered shapes} Null when it was not reported. */
  @JsonProperty(value = "geometry_hash", required = true)
  public abstract @Nullable ObservationHash geometryHash();

  /** {@return the hash of the rendered text} Null when it was not reported. */
  @JsonProperty(value = "text_hash", required = true)
  public abstract @Nullable ObservationHash textHash();

  /**
   * {@return whether the canvas supports the even-odd winding rule} Null when it was not reported.
   */
  @JsonProperty(value = "winding", required = true)
  public abstract @Nullable Boolean winding();

  /**
   * {@return whether the rendering carries random noise, as anti-fingerprinting tools add} Null
   * when it was not reported.
   */
  @JsonProperty(value = "noise_detected", required = true)
  public abstract @Nullable Boolean noiseDetected();

  /** {@return whether an offscreen canvas rendered the same} Null when it was not reported. */
  @JsonProperty(value = "offscreen_consistent", required = true)
  public abstract @Nullable Boolean offscreenConsistent();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceCanvas() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceCanvas} values. */
  public static final class Builder extends ImmutableSessionRawDeviceCanvas.Builder {
    Builder() {}
  }
}
