package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The jailbreak (iOS) or root (Android) check of a native app session. */
@Value.Immutable
public abstract class SessionNativeJailbreakOrRoot implements TripwireObject {

  /** {@return whether the device is jailbroken or rooted} */
  @JsonProperty(value = "detected", required = true)
  public abstract boolean detected();

  /** {@return the signals behind the result} */
  @JsonProperty(value = "signals", required = true)
  public abstract List<String> signals();

  /**
   * {@return the jailbreak or root file paths found on the device} Null when the SDK did not report
   * them.
   */
  @JsonProperty("present_paths")
  public abstract @Nullable List<String> presentPaths();

  /**
   * {@return the libraries injected through {@code DYLD_INSERT_LIBRARIES} (iOS)} Null when the SDK
   * did not report them.
   */
  @JsonProperty("dyld_insert_libraries")
  public abstract @Nullable List<String> dyldInsertLibraries();

  /** {@return the verified boot state (Android)} Null when the SDK did not report it. */
  @JsonProperty("verified_boot_state")
  public abstract @Nullable String verifiedBootState();

  /** {@return whether a Magisk mount is present (Android)} Null when the SDK did not report it. */
  @JsonProperty("magisk_mount_present")
  public abstract @Nullable Boolean magiskMountPresent();

  /**
   * {@return whether an {@code su} binary is on the path (Android)} Null when the SDK did not
   * report it.
   */
  @JsonProperty("su_on_path")
  public abstract @Nullable Boolean suOnPath();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeJailbreakOrRoot() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeJailbreakOrRoot} values. */
  public static final class Builder extends ImmutableSessionNativeJailbreakOrRoot.Builder {
    Builder() {}
  }
}
