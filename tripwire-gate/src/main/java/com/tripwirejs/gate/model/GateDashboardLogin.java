package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The account a consumed Gate login code belongs to: whom the service's dashboard logs in. */
@Value.Immutable
public abstract class GateDashboardLogin implements TripwireObject {

  /** {@return the object type, always {@code gate_dashboard_login}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_dashboard_login";
  }

  /** {@return the Gate account, {@code gacct_...}} */
  @JsonProperty(value = "gate_account_id", required = true)
  public abstract String gateAccountId();

  /** {@return the account's name, such as {@code my-project}} */
  @JsonProperty(value = "account_name", required = true)
  public abstract String accountName();

  // Only the implementation that Immutables generates in this package extends this class.
  GateDashboardLogin() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDashboardLogin} values. */
  public static final class Builder extends ImmutableGateDashboardLogin.Builder {
    Builder() {}
  }
}
