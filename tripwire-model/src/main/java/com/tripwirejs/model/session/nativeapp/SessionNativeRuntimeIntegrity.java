package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Native Runtime Integrity. */
@Value.Immutable
public abstract class SessionNativeRuntimeIntegrity implements TripwireObject {

  /**
   * Platform.
   *
   * @return the platform
   */
  @JsonProperty(value = "platform", required = true)
  public abstract MobilePlatform platform();

  /**
   * Jailbreak or root.
   *
   * @return the jailbreak or root
   */
  @JsonProperty(value = "jailbreak_or_root", required = true)
  public abstract SessionNativeJailbreakOrRoot jailbreakOrRoot();

  /**
   * Hooks.
   *
   * @return the hooks
   */
  @JsonProperty(value = "hooks", required = true)
  public abstract SessionNativeHooks hooks();

  /**
   * Debugger.
   *
   * @return the debugger
   */
  @JsonProperty(value = "debugger", required = true)
  public abstract SessionNativeDebugger debugger();

  /**
   * Code signing.
   *
   * @return the code signing
   */
  @JsonProperty(value = "code_signing", required = true)
  public abstract SessionNativeCodeSigning codeSigning();

  /**
   * Simulator or emulator.
   *
   * @return the simulator or emulator
   */
  @JsonProperty(value = "simulator_or_emulator", required = true)
  public abstract SessionNativeSimulatorOrEmulator simulatorOrEmulator();

  /**
   * Hardware claims mismatch.
   *
   * @return the hardware claims mismatch
   */
  @JsonProperty(value = "hardware_claims_mismatch", required = true)
  public abstract SessionNativeHardwareClaimsMismatch hardwareClaimsMismatch();

  /**
   * Sim posture.
   *
   * @return the sim posture
   */
  @JsonProperty(value = "sim_posture", required = true)
  public abstract SessionNativeSimPosture simPosture();

  /**
   * App provenance.
   *
   * @return the app provenance
   */
  @JsonProperty(value = "app_provenance", required = true)
  public abstract SessionNativeAppProvenance appProvenance();

  /**
   * Debug posture.
   *
   * @return the debug posture
   */
  @JsonProperty(value = "debug_posture", required = true)
  public abstract SessionNativeDebugPosture debugPosture();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeRuntimeIntegrity} values. */
  public static final class Builder extends ImmutableSessionNativeRuntimeIntegrity.Builder {}
}
