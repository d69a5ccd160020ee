package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Session Runtime Integrity. */
@Value.Immutable
public abstract class SessionRuntimeIntegrity implements TripwireObject {

  /**
   * Tampering.
   *
   * @return the tampering
   */
  @JsonProperty(value = "tampering", required = true)
  public abstract IntegrityLevel tampering();

  /**
   * Developer tools.
   *
   * @return the developer tools
   */
  @JsonProperty(value = "developer_tools", required = true)
  public abstract IntegrityLevel developerTools();

  /**
   * Emulation.
   *
   * @return the emulation
   */
  @JsonProperty(value = "emulation", required = true)
  public abstract IntegrityLevel emulation();

  /**
   * Virtualization.
   *
   * @return the virtualization
   */
  @JsonProperty(value = "virtualization", required = true)
  public abstract IntegrityLevel virtualization();

  /**
   * Privacy hardening.
   *
   * @return the privacy hardening
   */
  @JsonProperty(value = "privacy_hardening", required = true)
  public abstract IntegrityLevel privacyHardening();

  /**
   * Identity spoofing.
   *
   * @return the identity spoofing
   */
  @JsonProperty(value = "identity_spoofing", required = true)
  public abstract IntegrityLevel identitySpoofing();

  /**
   * Replay.
   *
   * @return the replay
   */
  @JsonProperty(value = "replay", required = true)
  public abstract IntegrityLevel replay();

  /**
   * Outdated environment.
   *
   * @return the outdated environment
   */
  @JsonProperty(value = "outdated_environment", required = true)
  public abstract IntegrityLevel outdatedEnvironment();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRuntimeIntegrity} values. */
  public static final class Builder extends ImmutableSessionRuntimeIntegrity.Builder {}
}
