package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The check for debug and development settings of a native app and its device. */
@Value.Immutable
public abstract class SessionNativeDebugPosture implements TripwireObject {

  /** {@return whether debug or development settings were found} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /**
   * {@return whether Android Debug Bridge is enabled (Android)} Null when the SDK did not report
   * it.
   */
  @JsonProperty("adb_enabled")
  public abstract @Nullable Boolean adbEnabled();

  /**
   * {@return whether developer options are enabled (Android)} Null when the SDK did not report it.
   */
  @JsonProperty("developer_options_enabled")
  public abstract @Nullable Boolean developerOptionsEnabled();

  /** {@return whether the app is built as debuggable} Null when the SDK did not report it. */
  @JsonProperty("app_debuggable")
  public abstract @Nullable Boolean appDebuggable();

  /**
   * {@return whether the app is built as profileable (Android)} Null when the SDK did not report
   * it.
   */
  @JsonProperty("app_profileable")
  public abstract @Nullable Boolean appProfileable();

  /**
   * {@return whether the app is built as test only (Android)} Null when the SDK did not report it.
   */
  @JsonProperty("app_test_only")
  public abstract @Nullable Boolean appTestOnly();

  /** {@return whether a debugger is attached} Null when the SDK did not report it. */
  @JsonProperty("debugger_attached")
  public abstract @Nullable Boolean debuggerAttached();

  /**
   * {@return whether the app's {@code get-task-allow} entitlement is set (iOS)} Null when the SDK
   * did not report it.
   */
  @JsonProperty("get_task_allow")
  public abstract @Nullable Boolean getTaskAllow();

  /**
   * {@return whether the app embeds a provisioning profile (iOS)} Null when the SDK did not report
   * it.
   */
  @JsonProperty("embedded_provisioning_profile_present")
  public abstract @Nullable Boolean embeddedProvisioningProfilePresent();

  /**
   * {@return whether the App Store receipt is a sandbox receipt (iOS)} Null when the SDK did not
   * report it.
   */
  @JsonProperty("receipt_is_sandbox")
  public abstract @Nullable Boolean receiptIsSandbox();

  /**
   * {@return whether the app was installed through TestFlight (iOS)} Null when the SDK did not
   * report it.
   */
  @JsonProperty("receipt_is_testflight")
  public abstract @Nullable Boolean receiptIsTestflight();

  /** {@return whether the app is a development build} Null when the SDK did not report it. */
  @JsonProperty("development_bundle")
  public abstract @Nullable Boolean developmentBundle();

  /** {@return whether a debugger is actively attached} Null when the SDK did not report it. */
  @JsonProperty("active_debugger_attached")
  public abstract @Nullable Boolean activeDebuggerAttached();

  /** {@return the number of breakpoints found} Null when the SDK did not report it. */
  @JsonProperty("breakpoint_count")
  public abstract @Nullable Double breakpointCount();

  /**
   * {@return the number of exception ports registered (iOS)} Null when the SDK did not report it.
   */
  @JsonProperty("exception_port_count")
  public abstract @Nullable Double exceptionPortCount();

  /** {@return the number of threads with watchpoints} Null when the SDK did not report it. */
  @JsonProperty("watchpoint_thread_count")
  public abstract @Nullable Double watchpointThreadCount();

  /** {@return the process id of the tracer} Null when the SDK did not report it. */
  @JsonProperty("tracer_pid")
  public abstract @Nullable Double tracerPid();

  /**
   * {@return the process id of the tracer, as read by a direct system call} Null when the SDK did
   * not report it.
   */
  @JsonProperty("direct_syscall_tracer_pid")
  public abstract @Nullable Double directSyscallTracerPid();

  /** {@return the risk signals behind the result} */
  @JsonProperty(value = "risk_signals", required = true)
  public abstract List<String> riskSignals();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeDebugPosture() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeDebugPosture} values. */
  public static final class Builder extends ImmutableSessionNativeDebugPosture.Builder {
    Builder() {}
  }
}
