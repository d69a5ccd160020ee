package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;

/** Gate Session Create. */
@Value.Immutable
public abstract class GateSessionCreate implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_session";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract GateSessionStatus status();

  /**
   * Poll token.
   *
   * @return the poll token
   */
  @JsonProperty(value = "poll_token", required = true)
  public abstract Secret pollToken();

  /**
   * Consent url.
   *
   * @return the consent url
   */
  @JsonProperty(value = "consent_url", required = true)
  public abstract String consentUrl();

  /**
   * Expires at.
   *
   * @return the expires at
   */
  @JsonProperty(value = "expires_at", required = true)
  public abstract Instant expiresAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionCreate} values. */
  public static final class Builder extends ImmutableGateSessionCreate.Builder {}
}
