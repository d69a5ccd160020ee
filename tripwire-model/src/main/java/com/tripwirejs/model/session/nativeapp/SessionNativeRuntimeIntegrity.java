package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * The runtime integrity checks of the mobile SDKs. Each check says whether it detected something
 * and lists the signals behind it.
 */
@Value.Immutable
public abstract class SessionNativeRuntimeIntegrity implements TripwireObject {

  /** {@return the platform the checks ran on} */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /** {@return the jailbreak (iOS) or root (Android) check} */
  @JsonProperty(value = "jailbreak_or_root", required = true)
  public abstract SessionNativeJailbreakOrRoot jailbreakOrRoot();

  /** {@return the check for hooking frameworks such as Frida} */
  @JsonProperty(value = "hooks", required = true)
  public abstract SessionNativeHooks hooks();

  /** {@return the check for an attached debugger} */
  @JsonProperty(value = "debugger", required = true)
  public abstract SessionNativeDebugger debugger();

  /** {@return the code signing check} */
  @JsonProperty(value = "code_signing", required = true)
  public abstract SessionNativeCodeSigning codeSigning();

  /** {@return the simulator (iOS) or emulator (Android) check} */
  @JsonProperty(value = "simulator_or_emulator", required = true)
  public abstract SessionNativeSimulatorOrEmulator simulatorOrEmulator();

  /** {@return the check that the hardware is what it claims to be} */
  @JsonProperty(value = "hardware_claims_mismatch", required = true)
  public abstract SessionNativeHardwareClaimsMismatch hardwareClaimsMismatch();

  /** {@return the SIM card check} */
  @JsonProperty(value = "sim_posture", required = true)
  public abstract SessionNativeSimPosture simPosture();

  /** {@return the check of where the app was installed from} */
  @JsonProperty(value = "app_provenance", required = true)
  public abstract SessionNativeAppProvenance appProvenance();

  /** {@return the check for debug and development settings} */
  @JsonProperty(value = "debug_posture", required = true)
  public abstract SessionNativeDebugPosture debugPosture();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeRuntimeIntegrity() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeRuntimeIntegrity} values. */
  public static final class Builder extends ImmutableSessionNativeRuntimeIntegrity.Builder {
    Builder() {}
  }
}
