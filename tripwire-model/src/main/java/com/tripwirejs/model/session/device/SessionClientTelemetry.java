package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Client Telemetry. */
@Value.Immutable
public abstract class SessionClientTelemetry implements TripwireObject {

  /**
   * Navigator.
   *
   * @return the navigator
   */
  @JsonProperty(value = "navigator", required = true)
  public abstract SessionRawDeviceNavigator navigator();

  /**
   * Storage.
   *
   * @return the storage
   */
  @JsonProperty(value = "storage", required = true)
  public abstract SessionRawDeviceStorage storage();

  /**
   * Canvas.
   *
   * @return the canvas
   */
  @JsonProperty(value = "canvas", required = true)
  public abstract SessionRawDeviceCanvas canvas();

  /**
   * Graphics.
   *
   * @return the graphics
   */
  @JsonProperty(value = "graphics", required = true)
  public abstract SessionRawDeviceGraphics graphics();

  /**
   * Audio.
   *
   * @return the audio
   */
  @JsonProperty(value = "audio", required = true)
  public abstract SessionRawDeviceAudio audio();

  /**
   * Fonts.
   *
   * @return the fonts
   */
  @JsonProperty(value = "fonts", required = true)
  public abstract SessionRawDeviceFonts fonts();

  /**
   * Media.
   *
   * @return the media
   */
  @JsonProperty(value = "media", required = true)
  public abstract SessionRawDeviceMedia media();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionClientTelemetry} values. */
  public static final class Builder extends ImmutableSessionClientTelemetry.Builder {}
}
