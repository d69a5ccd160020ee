package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Gate Dashboard Login. */
@Value.Immutable
public abstract class GateDashboardLogin implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_dashboard_login";
  }

  /**
   * Gate account id.
   *
   * @return the gate account id
   */
  @JsonProperty(value = "gate_account_id", required = true)
  public abstract String gateAccountId();

  /**
   * Account name.
   *
   * @return the account name
   */
  @JsonProperty(value = "account_name", required = true)
  public abstract String accountName();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDashboardLogin} values. */
  public static final class Builder extends ImmutableGateDashboardLogin.Builder {}
}
