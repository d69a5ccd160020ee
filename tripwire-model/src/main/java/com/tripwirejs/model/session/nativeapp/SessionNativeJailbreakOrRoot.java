package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Jailbreak Or Root. */
@Value.Immutable
public abstract class SessionNativeJailbreakOrRoot implements TripwireObject {

  /**
   * Detected.
   *
   * @return the detected
   */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /**
   * Signals.
   *
   * @return the signals
   */
  @JsonProperty(value = "signals", required = true)
  public abstract List<String> signals();

  /**
   * Present paths.
   *
   * @return the present paths, or null
   */
  @JsonProperty("present_paths")
  public abstract @Nullable List<String> presentPaths();

  /**
   * Dyld insert libraries.
   *
   * @return the dyld insert libraries, or null
   */
  @JsonProperty("dyld_insert_libraries")
  public abstract @Nullable List<String> dyldInsertLibraries();

  /**
   * Verified boot state.
   *
   * @return the verified boot state, or null
   */
  @JsonProperty("verified_boot_state")
  public abstract @Nullable String verifiedBootState();

  /**
   * Magisk mount present.
   *
   * @return the magisk mount present, or null
   */
  @JsonProperty("magisk_mount_present")
  public abstract @Nullable Boolean magiskMountPresent();

  /**
   * Su on path.
   *
   * @return the su on path, or null
   */
  @JsonProperty("su_on_path")
  public abstract @Nullable Boolean suOnPath();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeJailbreakOrRoot} values. */
  public static final class Builder extends ImmutableSessionNativeJailbreakOrRoot.Builder {}
}
