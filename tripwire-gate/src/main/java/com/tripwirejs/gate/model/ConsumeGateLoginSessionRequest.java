package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;

/**
 * The body with which a service's dashboard redeems a Gate login code for the account that logs in.
 * Needs a secret key with the {@code gate:login_sessions:consume} scope; the answer is a {@link
 * GateDashboardLogin}.
 *
 * <p>Building one checks the value before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} when the code is blank.
 */
@Value.Immutable
public abstract class ConsumeGateLoginSessionRequest implements TripwireObject {

  /** {@return the login code the dashboard received, such as {@code 482931}} */
  @JsonProperty(value = "code", required = true)
  public abstract Secret code();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(code(), "code", "pass the login code the dashboard received");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  ConsumeGateLoginSessionRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConsumeGateLoginSessionRequest} values. */
  public static final class Builder extends ImmutableConsumeGateLoginSessionRequest.Builder {
    Builder() {}
  }
}
