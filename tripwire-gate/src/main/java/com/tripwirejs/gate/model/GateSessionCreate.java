package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A Gate signup session just created: where the person approves it, and the token with which the
 * agent polls it.
 */
@Value.Immutable
public abstract class GateSessionCreate implements TripwireObject {

  /** {@return the object type, always {@code gate_session}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_session";
  }

  /** {@return the Gate session id, {@code gate_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the session's status, {@link GateSessionStatus#PENDING} for a new session} */
  @JsonProperty(value = "status", required = true)
  public abstract GateSessionStatus status();

  /**
   * {@return the token, {@code gtpoll_...}, that authenticates polling and acknowledging this
   * session}
   */
  @JsonProperty(value = "poll_token", required = true)
  public abstract Secret pollToken();

  /** {@return the page where a person reviews and approves the signup} */
  @JsonProperty(value = "consent_url", required = true)
  public abstract String consentUrl();

  /** {@return when the session expires unless it is approved} */
  @JsonProperty(value = "expires_at", required = true)
  public abstract Instant expiresAt();

  // Only the implementation that Immutables generates in this package extends this class.
  GateSessionCreate() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionCreate} values. */
  public static final class Builder extends ImmutableGateSessionCreate.Builder {
    Builder() {}
  }
}
