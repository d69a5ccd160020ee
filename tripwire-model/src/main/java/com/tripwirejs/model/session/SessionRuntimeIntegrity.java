package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The browser runtime integrity checks of a session, each graded from clean to high risk. */
@Value.Immutable
public abstract class SessionRuntimeIntegrity implements TripwireObject {

  /** {@return signs that the page or its scripts were tampered with} */
  @JsonProperty(value = "tampering", required = true)
  public abstract IntegrityLevel tampering();

  /** {@return signs of open developer tools} */
  @JsonProperty(value = "developer_tools", required = true)
  public abstract IntegrityLevel developerTools();

  /** {@return signs of device or browser emulation} */
  @JsonProperty(value = "emulation", required = true)
  public abstract IntegrityLevel emulation();

  /** {@return signs of a virtual machine} */
  @JsonProperty(value = "virtualization", required = true)
  public abstract IntegrityLevel virtualization();

  /** {@return signs of privacy hardening, such as anti-fingerprinting settings} */
  @JsonProperty(value = "privacy_hardening", required = true)
  public abstract IntegrityLevel privacyHardening();

  /** {@return signs that the browser lies about its identity} */
  @JsonProperty(value = "identity_spoofing", required = true)
  public abstract IntegrityLevel identitySpoofing();

  /** {@return signs that recorded data was replayed} */
  @JsonProperty(value = "replay", required = true)
  public abstract IntegrityLevel replay();

  /** {@return signs of an outdated browser or system} */
  @JsonProperty(value = "outdated_environment", required = true)
  public abstract IntegrityLevel outdatedEnvironment();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRuntimeIntegrity() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRuntimeIntegrity} values. */
  public static final class Builder extends ImmutableSessionRuntimeIntegrity.Builder {
    Builder() {}
  }
}
