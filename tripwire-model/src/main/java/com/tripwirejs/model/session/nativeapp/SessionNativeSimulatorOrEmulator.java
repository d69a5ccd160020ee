package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Simulator Or Emulator. */
@Value.Immutable
public abstract class SessionNativeSimulatorOrEmulator implements TripwireObject {

  /**
   * Detected.
   *
   * @return the detected
   */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /**
   * Is ios app on mac.
   *
   * @return the is ios app on mac, or null
   */
  @JsonProperty("is_ios_app_on_mac")
  public abstract @Nullable Boolean isIosAppOnMac();

  /**
   * Qemu files.
   *
   * @return the qemu files, or null
   */
  @JsonProperty("qemu_files")
  public abstract @Nullable List<String> qemuFiles();

  /**
   * Ro hardware.
   *
   * @return the ro hardware, or null
   */
  @JsonProperty("ro_hardware")
  public abstract @Nullable String roHardware();

  /**
   * Ro product model.
   *
   * @return the ro product model, or null
   */
  @JsonProperty("ro_product_model")
  public abstract @Nullable String roProductModel();

  /**
   * Simulator env keys.
   *
   * @return the simulator env keys, or null
   */
  @JsonProperty("simulator_env_keys")
  public abstract @Nullable List<String> simulatorEnvKeys();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeSimulatorOrEmulator} values. */
  public static final class Builder extends ImmutableSessionNativeSimulatorOrEmulator.Builder {}
}
