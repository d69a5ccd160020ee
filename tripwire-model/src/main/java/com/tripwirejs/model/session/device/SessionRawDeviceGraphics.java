package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The graphics observations of a session. */
@Value.Immutable
public abstract class SessionRawDeviceGraphics implements TripwireObject {

  /** {@return the WebGL observations} */
  @JsonProperty(value = "webgl", required = true)
  public abstract SessionRawDeviceGraphicsWebgl webgl();

  /** {@return the WebGPU observations} */
  @JsonProperty(value = "webgpu", required = true)
  public abstract SessionRawDeviceGraphicsWebgpu webgpu();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceGraphics() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceGraphics} values. */
  public static final class Builder extends ImmutableSessionRawDeviceGraphics.Builder {
    Builder() {}
  }
}
