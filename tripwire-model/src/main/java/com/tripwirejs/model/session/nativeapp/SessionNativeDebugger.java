package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The check for a debugger attached to a native app. */
@Value.Immutable
public abstract class SessionNativeDebugger implements TripwireObject {

  /** {@return whether a debugger is attached} */
  @JsonProperty(value = "attached", required = true)
  public abstract boolean attached();

  /** {@return the process id of the tracer} Null when the SDK did not report it. */
  @JsonProperty("tracer_pid")
  public abstract @Nullable Double tracerPid();

  /** {@return the number of breakpoints found} Null when the SDK did not report it. */
  @JsonProperty("breakpoint_count")
  public abstract @Nullable Double breakpointCount();

  /** {@return the number of threads with watchpoints} Null when the SDK did not report it. */
  @JsonProperty("watchpoint_thread_count")
  public abstract @Nullable Double watchpointThreadCount();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeDebugger() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeDebugger} values. */
  public static final class Builder extends ImmutableSessionNativeDebugger.Builder {
    Builder() {}
  }
}
