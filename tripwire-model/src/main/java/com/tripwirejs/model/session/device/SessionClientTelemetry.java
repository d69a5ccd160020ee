package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * The lower-level telemetry the client reported for a session, grouped for investigation and
 * analysis.
 */
@Value.Immutable
public abstract class SessionClientTelemetry implements TripwireObject {

  /** {@return what the browser's {@code navigator} reported} */
  @JsonProperty(value = "navigator", required = true)
  public abstract SessionRawDeviceNavigator navigator();

  /** {@return which storage mechanisms were available} */
  @JsonProperty(value = "storage", required = true)
  public abstract SessionRawDeviceStorage storage();

  /** {@return the canvas rendering observations} */
  @JsonProperty(value = "canvas", required = true)
  public abstract SessionRawDeviceCanvas canvas();

  /** {@return the WebGL and WebGPU observations} */
  @JsonProperty(value = "graphics", required = true)
  public abstract SessionRawDeviceGraphics graphics();

  /** {@return the audio and speech observations} */
  @JsonProperty(value = "audio", required = true)
  public abstract SessionRawDeviceAudio audio();

  /** {@return the font observations} */
  @JsonProperty(value = "fonts", required = true)
  public abstract SessionRawDeviceFonts fonts();

  /** {@return the media device observations} */
  @JsonProperty(value = "media", required = true)
  public abstract SessionRawDeviceMedia media();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionClientTelemetry() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionClientTelemetry} values. */
  public static final class Builder extends ImmutableSessionClientTelemetry.Builder {
    Builder() {}
  }
}
