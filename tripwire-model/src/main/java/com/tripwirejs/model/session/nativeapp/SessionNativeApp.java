package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The native app a session came from. */
@Value.Immutable
public abstract class SessionNativeApp implements TripwireObject {

  /** {@return the app's bundle id (iOS) or package name (Android)} */
  @JsonProperty(value = "bundle_id", required = true)
  public abstract String bundleId();

  /** {@return the app's version} Null when the SDK did not report it. */
  @JsonProperty(value = "app_version", required = true)
  public abstract @Nullable String appVersion();

  /** {@return the app's build number} Null when the SDK did not report it. */
  @JsonProperty(value = "app_build", required = true)
  public abstract @Nullable String appBuild();

  /**
   * {@return when the app was installed, in milliseconds since the Unix epoch} Null when the SDK
   * did not report it.
   */
  @JsonProperty(value = "install_time_epoch_ms", required = true)
  public abstract @Nullable Double installTimeEpochMs();

  /**
   * {@return the team that signed the app's provisioning profile (iOS)} Null when the SDK did not
   * report it.
   */
  @JsonProperty(value = "provisioning_team", required = true)
  public abstract @Nullable String provisioningTeam();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeApp() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeApp} values. */
  public static final class Builder extends ImmutableSessionNativeApp.Builder {
    Builder() {}
  }
}
