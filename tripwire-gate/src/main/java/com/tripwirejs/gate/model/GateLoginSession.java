package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** A dashboard login session just created: where the person confirms the login. */
@Value.Immutable
public abstract class GateLoginSession implements TripwireObject {

  /** {@return the object type, always {@code gate_login_session}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_login_session";
  }

  /** {@return the login session id, {@code gate_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the session's status, {@link GateSessionStatus#PENDING} for a new session} */
  @JsonProperty(value = "status", required = true)
  public abstract GateSessionStatus status();

  /** {@return the page where the person confirms the login} */
  @JsonProperty(value = "consent_url", required = true)
  public abstract String consentUrl();

  /** {@return when the login session expires} */
  @JsonProperty(value = "expires_at", required = true)
  public abstract Instant expiresAt();

  // Only the implementation that Immutables generates in this package extends this class.
  GateLoginSession() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateLoginSession} values. */
  public static final class Builder extends ImmutableGateLoginSession.Builder {
    Builder() {}
  }
}
