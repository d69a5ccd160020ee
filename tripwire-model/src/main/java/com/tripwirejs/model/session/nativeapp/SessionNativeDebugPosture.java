package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Debug Posture. */
@Value.Immutable
public abstract class SessionNativeDebugPosture implements TripwireObject {

  /**
   * Detected.
   *
   * @return the detected
   */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /**
   * Adb enabled.
   *
   * @return the adb enabled, or null
   */
  @JsonProperty("adb_enabled")
  public abstract @Nullable Boolean adbEnabled();

  /**
   * Developer options enabled.
   *
   * @return the developer options enabled, or null
   */
  @JsonProperty("developer_options_enabled")
  public abstract @Nullable Boolean developerOptionsEnabled();

  /**
   * App debuggable.
   *
   * @return the app debuggable, or null
   */
  @JsonProperty("app_debuggable")
  public abstract @Nullable Boolean appDebuggable();

  /**
   * App profileable.
   *
   * @return the app profileable, or null
   */
  @JsonProperty("app_profileable")
  public abstract @Nullable Boolean appProfileable();

  /**
   * App test only.
   *
   * @return the app test only, or null
   */
  @JsonProperty("app_test_only")
  public abstract @Nullable Boolean appTestOnly();

  /**
   * Debugger attached.
   *
   * @return the debugger attached, or null
   */
  @JsonProperty("debugger_attached")
  public abstract @Nullable Boolean debuggerAttached();

  /**
   * Get task allow.
   *
   * @return the get task allow, or null
   */
  @JsonProperty("get_task_allow")
  public abstract @Nullable Boolean getTaskAllow();

  /**
   * Embedded provisioning profile present.
   *
   * @return the embedded provisioning profile present, or null
   */
  @JsonProperty("embedded_provisioning_profile_present")
  public abstract @Nullable Boolean embeddedProvisioningProfilePresent();

  /**
   * Receipt is sandbox.
   *
   * @return the receipt is sandbox, or null
   */
  @JsonProperty("receipt_is_sandbox")
  public abstract @Nullable Boolean receiptIsSandbox();

  /**
   * Receipt is testflight.
   *
   * @return the receipt is testflight, or null
   */
  @JsonProperty("receipt_is_testflight")
  public abstract @Nullable Boolean receiptIsTestflight();

  /**
   * Development bundle.
   *
   * @return the development bundle, or null
   */
  @JsonProperty("development_bundle")
  public abstract @Nullable Boolean developmentBundle();

  /**
   * Active debugger attached.
   *
   * @return the active debugger attached, or null
   */
  @JsonProperty("active_debugger_attached")
  public abstract @Nullable Boolean activeDebuggerAttached();

  /**
   * Breakpoint count.
   *
   * @return the breakpoint count, or null
   */
  @JsonProperty("breakpoint_count")
  public abstract @Nullable Double breakpointCount();

  /**
   * Exception port count.
   *
   * @return the exception port count, or null
   */
  @JsonProperty("exception_port_count")
  public abstract @Nullable Double exceptionPortCount();

  /**
   * Watchpoint thread count.
   *
   * @return the watchpoint thread count, or null
   */
  @JsonProperty("watchpoint_thread_count")
  public abstract @Nullable Double watchpointThreadCount();

  /**
   * Tracer pid.
   *
   * @return the tracer pid, or null
   */
  @JsonProperty("tracer_pid")
  public abstract @Nullable Double tracerPid();

  /**
   * Direct syscall tracer pid.
   *
   * @return the direct syscall tracer pid, or null
   */
  @JsonProperty("direct_syscall_tracer_pid")
  public abstract @Nullable Double directSyscallTracerPid();

  /**
   * Risk signals.
   *
   * @return the risk signals
   */
  @JsonProperty(value = "risk_signals", required = true)
  public abstract List<String> riskSignals();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeDebugPosture} values. */
  public static final class Builder extends ImmutableSessionNativeDebugPosture.Builder {}
}
