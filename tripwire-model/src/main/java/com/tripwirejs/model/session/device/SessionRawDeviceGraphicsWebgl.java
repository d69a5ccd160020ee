package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What WebGL reported. */
@Value.Immutable
public abstract class SessionRawDeviceGraphicsWebgl implements TripwireObject {

  /** {@return the WebGL vendor, such as {@code Google Inc.}} Null when it was not reported. */
  @JsonProperty(value = "vendor", required = true)
  public abstract @Nullable String vendor();

  /**
   * {@return the WebGL renderer, such as {@code ANGLE (Apple, ANGLE Metal Renderer: Apple M2,
   * Unspecified Version)}} Null when it was not reported.
   */
  @JsonProperty(value = "renderer", required = true)
  public abstract @Nullable String renderer();

  /** {@return the WebGL version, such as {@code WebGL 1.0}} Null when it was not reported. */
  @JsonProperty(value = "version", required = true)
  public abstract @Nullable String version();

  /**
   * {@return the shading language version, such as {@code WebGL GLSL ES 1.0}} Null when it was not
   * reported.
   */
  @JsonProperty(value = "shading_language_version", required = true)
  public abstract @Nullable String shadingLanguageVersion();

  /** {@return the hash of the WebGL parameters} Null when it was not reported. */
  @JsonProperty(value = "parameters_hash", required = true)
  public abstract @Nullable ObservationHash parametersHash();

  /** {@return the hash of the supported extensions} Null when it was not reported. */
  @JsonProperty(value = "extensions_hash", required = true)
  public abstract @Nullable ObservationHash extensionsHash();

  /** {@return the hash of the extensions' parameters} Null when it was not reported. */
  @JsonProperty(value = "extension_parameters_hash", required = true)
  public abstract @Nullable ObservationHash extensionParametersHash();

  /** {@return the hash of the shader precision formats} Null when it was not reported. */
  @JsonProperty(value = "shader_precision_hash", required = true)
  public abstract @Nullable ObservationHash shaderPrecisionHash();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceGraphicsWebgl() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceGraphicsWebgl} values. */
  public static final class Builder extends ImmutableSessionRawDeviceGraphicsWebgl.Builder {
    Builder() {}
  }
}
