package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Hooks. */
@Value.Immutable
public abstract class SessionNativeHooks implements TripwireObject {

  /**
   * Detected.
   *
   * @return the detected
   */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /**
   * Frida ports.
   *
   * @return the frida ports, or null
   */
  @JsonProperty("frida_ports")
  public abstract @Nullable List<Double> fridaPorts();

  /**
   * Frida thread names.
   *
   * @return the frida thread names, or null
   */
  @JsonProperty("frida_thread_names")
  public abstract @Nullable List<String> fridaThreadNames();

  /**
   * Hooked symbols.
   *
   * @return the hooked symbols, or null
   */
  @JsonProperty("hooked_symbols")
  public abstract @Nullable List<String> hookedSymbols();

  /**
   * Self hooked symbols.
   *
   * @return the self hooked symbols, or null
   */
  @JsonProperty("self_hooked_symbols")
  public abstract @Nullable List<String> selfHookedSymbols();

  /**
   * Prologue anomaly count.
   *
   * @return the prologue anomaly count, or null
   */
  @JsonProperty("prologue_anomaly_count")
  public abstract @Nullable Double prologueAnomalyCount();

  /**
   * Unexpected dyld images.
   *
   * @return the unexpected dyld images, or null
   */
  @JsonProperty("unexpected_dyld_images")
  public abstract @Nullable List<String> unexpectedDyldImages();

  /**
   * Xposed packages.
   *
   * @return the xposed packages, or null
   */
  @JsonProperty("xposed_packages")
  public abstract @Nullable List<String> xposedPackages();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeHooks} values. */
  public static final class Builder extends ImmutableSessionNativeHooks.Builder {}
}
