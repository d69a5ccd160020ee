package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The check for hooking and instrumentation frameworks, such as Frida or Xposed, in a native app.
 */
@Value.Immutable
public abstract class SessionNativeHooks implements TripwireObject {

  /** {@return whether hooking was detected} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /** {@return the open ports typical of a Frida server} Null when the SDK did not report them. */
  @JsonProperty("frida_ports")
  public abstract @Nullable List<Double> fridaPorts();

  /** {@return the thread names typical of Frida} Null when the SDK did not report them. */
  @JsonProperty("frida_thread_names")
  public abstract @Nullable List<String> fridaThreadNames();

  /** {@return the system symbols found hooked} Null when the SDK did not report them. */
  @JsonProperty("hooked_symbols")
  public abstract @Nullable List<String> hookedSymbols();

  /** {@return the app's own symbols found hooked} Null when the SDK did not report them. */
  @JsonProperty("self_hooked_symbols")
  public abstract @Nullable List<String> selfHookedSymbols();

  /**
   * {@return the number of functions whose prologue was altered} Null when the SDK did not report
   * it.
   */
  @JsonProperty("prologue_anomaly_count")
  public abstract @Nullable Double prologueAnomalyCount();

  /**
   * {@return the unexpected dynamic libraries loaded (iOS)} Null when the SDK did not report them.
   */
  @JsonProperty("unexpected_dyld_images")
  public abstract @Nullable List<String> unexpectedDyldImages();

  /** {@return the Xposed packages installed (Android)} Null when the SDK did not report them. */
  @JsonProperty("xposed_packages")
  public abstract @Nullable List<String> xposedPackages();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeHooks() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeHooks} values. */
  public static final class Builder extends ImmutableSessionNativeHooks.Builder {
    Builder() {}
  }
}
