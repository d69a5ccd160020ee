package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Debugger. */
@Value.Immutable
public abstract class SessionNativeDebugger implements TripwireObject {

  /**
   * Attached.
   *
   * @return the attached
   */
  @JsonProperty(value = "attached", required = true)
  public abstract boolean attached();

  /**
   * Tracer pid.
   *
   * @return the tracer pid, or null
   */
  @JsonProperty("tracer_pid")
  public abstract @Nullable Double tracerPid();

  /**
   * Breakpoint count.
   *
   * @return the breakpoint count, or null
   */
  @JsonProperty("breakpoint_count")
  public abstract @Nullable Double breakpointCount();

  /**
   * Watchpoint thread count.
   *
   * @return the watchpoint thread count, or null
   */
  @JsonProperty("watchpoint_thread_count")
  public abstract @Nullable Double watchpointThreadCount();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeDebugger} values. */
  public static final class Builder extends ImmutableSessionNativeDebugger.Builder {}
}
