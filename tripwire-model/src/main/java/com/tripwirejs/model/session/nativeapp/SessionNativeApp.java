package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native App. */
@Value.Immutable
public abstract class SessionNativeApp implements TripwireObject {

  /**
   * Bundle id.
   *
   * @return the bundle id
   */
  @JsonProperty(value = "bundle_id", required = true)
  public abstract String bundleId();

  /**
   * App version.
   *
   * @return the app version, or null
   */
  @JsonProperty(value = "app_version", required = true)
  public abstract @Nullable String appVersion();

  /**
   * App build.
   *
   * @return the app build, or null
   */
  @JsonProperty(value = "app_build", required = true)
  public abstract @Nullable String appBuild();

  /**
   * Install time epoch ms.
   *
   * @return the install time epoch ms, or null
   */
  @JsonProperty(value = "install_time_epoch_ms", required = true)
  public abstract @Nullable Double installTimeEpochMs();

  /**
   * Provisioning team.
   *
   * @return the provisioning team, or null
   */
  @JsonProperty(value = "provisioning_team", required = true)
  public abstract @Nullable String provisioningTeam();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeApp} values. */
  public static final class Builder extends ImmutableSessionNativeApp.Builder {}
}
