package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The simulator (iOS) or emulator (Android) check of a native app session. */
@Value.Immutable
public abstract class SessionNativeSimulatorOrEmulator implements TripwireObject {

  /** {@return whether the app runs in a simulator or emulator} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /** {@return whether an iOS app runs on a Mac} Null when the SDK did not report it. */
  @JsonProperty("is_ios_app_on_mac")
  public abstract @Nullable Boolean isIosAppOnMac();

  /**
   * {@return the QEMU files found on the device (Android)} Null when the SDK did not report them.
   */
  @JsonProperty("qemu_files")
  public abstract @Nullable List<String> qemuFiles();

  /**
   * {@return the {@code ro.hardware} system property (Android)} Null when the SDK did not report
   * it.
   */
  @JsonProperty("ro_hardware")
  public abstract @Nullable String roHardware();

  /**
   * {@return the {@code ro.product.model} system property (Android)} Null when the SDK did not
   * report it.
   */
  @JsonProperty("ro_product_model")
  public abstract @Nullable String roProductModel();

  /**
   * {@return the simulator environment variables found (iOS)} Null when the SDK did not report
   * them.
   */
  @JsonProperty("simulator_env_keys")
  public abstract @Nullable List<String> simulatorEnvKeys();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeSimulatorOrEmulator() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeSimulatorOrEmulator} values. */
  public static final class Builder extends ImmutableSessionNativeSimulatorOrEmulator.Builder {
    Builder() {}
  }
}
