package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Graphics Webgl. */
@Value.Immutable
public abstract class SessionRawDeviceGraphicsWebgl implements TripwireObject {

  /**
   * Vendor.
   *
   * @return the vendor, or null
   */
  @JsonProperty(value = "vendor", required = true)
  public abstract @Nullable String vendor();

  /**
   * Renderer.
   *
   * @return the renderer, or null
   */
  @JsonProperty(value = "renderer", required = true)
  public abstract @Nullable String renderer();

  /**
   * Version.
   *
   * @return the version, or null
   */
  @JsonProperty(value = "version", required = true)
  public abstract @Nullable String version();

  /**
   * Shading language version.
   *
   * @return the shading language version, or null
   */
  @JsonProperty(value = "shading_language_version", required = true)
  public abstract @Nullable String shadingLanguageVersion();

  /**
   * Parameters hash.
   *
   * @return the parameters hash, or null
   */
  @JsonProperty(value = "parameters_hash", required = true)
  public abstract @Nullable ObservationHash parametersHash();

  /**
   * Extensions hash.
   *
   * @return the extensions hash, or null
   */
  @JsonProperty(value = "extensions_hash", required = true)
  public abstract @Nullable ObservationHash extensionsHash();

  /**
   * Extension parameters hash.
   *
   * @return the extension parameters hash, or null
   */
  @JsonProperty(value = "extension_parameters_hash", required = true)
  public abstract @Nullable ObservationHash extensionParametersHash();

  /**
   * Shader precision hash.
   *
   * @return the shader precision hash, or null
   */
  @JsonProperty(value = "shader_precision_hash", required = true)
  public abstract @Nullable ObservationHash shaderPrecisionHash();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceGraphicsWebgl} values. */
  public static final class Builder extends ImmutableSessionRawDeviceGraphicsWebgl.Builder {}
}
