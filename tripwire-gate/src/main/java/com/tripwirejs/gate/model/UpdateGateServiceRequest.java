package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that updates a Gate service: only the properties that are set change, and a list or
 * nested object that is set replaces the current one whole. Needs a secret key with the {@code
 * gate:services:manage} scope.
 *
 * <p>The dashboard login URL can also be removed: {@link Builder#clearDashboardLoginUrl()} sends
 * {@code "dashboard_login_url": null}, while leaving it unset keeps the current URL.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when nothing is set or removed, a text is blank, a
 * URL is not an absolute URI, a branding color is not a hex color, or the webhook endpoint id is
 * not a {@code we_...} id.
 */
@Value.Immutable
public abstract class UpdateGateServiceRequest implements TripwireObject {

  private static final String DASHBOARD_LOGIN_URL = "dashboard_login_url";

  /** {@return whether to list the service in the public registry} Null leaves it unchanged. */
  @JsonProperty("discoverable")
  public abstract @Nullable Boolean discoverable();

  /** {@return the new display name} Null leaves it unchanged. */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /** {@return the new description} Null leaves it unchanged. */
  @JsonProperty("description")
  public abstract @Nullable String description();

  /** {@return the new website, an absolute URI} Null leaves it unchanged. */
  @JsonProperty("website")
  public abstract @Nullable String website();

  /**
   * {@return the new dashboard login URL, an absolute URI} Null leaves it unchanged, or removes it
   * when {@link #removesDashboardLoginUrl()} is true.
   */
  @JsonProperty("dashboard_login_url")
  public abstract @Nullable String dashboardLoginUrl();

  /**
   * {@return the environment variables that replace the current ones} Null leaves them unchanged.
   */
  @JsonProperty("env_vars")
  public abstract @Nullable List<GateEnvVar> envVars();

  /** {@return the new documentation URL, an absolute URI} Null leaves it unchanged. */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  /** {@return the SDKs that replace the current ones} Null leaves them unchanged. */
  @JsonProperty("sdks")
  public abstract @Nullable List<GateSdkInstall> sdks();

  /** {@return the branding that replaces the current one} Null leaves it unchanged. */
  @JsonProperty("branding")
  public abstract @Nullable GateBranding branding();

  /** {@return the consent links that replace the current ones} Null leaves them unchanged. */
  @JsonProperty("consent")
  public abstract @Nullable GateConsentConfig consent();

  /**
   * {@return the webhook endpoint that receives the service's approved signups, {@code we_...}}
   * Null leaves it unchanged.
   */
  @JsonProperty("webhook_endpoint_id")
  public abstract @Nullable String webhookEndpointId();

  /**
   * {@return the JSON names of the properties this update sets to {@code null}} The only one the
   * API accepts is {@code dashboard_login_url}, which {@link Builder#clearDashboardLoginUrl()}
   * adds; reading a request with {@code "dashboard_login_url": null} adds it too.
   */
  public abstract Set<String> explicitNulls();

  /**
   * {@return whether this update removes the service's dashboard login URL} True after {@link
   * Builder#clearDashboardLoginUrl()}, or when read from JSON with {@code "dashboard_login_url":
   * null}.
   */
  public boolean removesDashboardLoginUrl() {
    return dashboardLoginUrl() == null && explicitNulls().contains(DASHBOARD_LOGIN_URL);
  }

  @Value.Check
  UpdateGateServiceRequest check() {
    if (dashboardLoginUrl() != null && explicitNulls().contains(DASHBOARD_LOGIN_URL)) {
      // A URL set after clearDashboardLoginUrl(): the last call wins.
      return builder().from(this).explicitNulls(List.of()).build();
    }
    for (String name : explicitNulls()) {
      if (!DASHBOARD_LOGIN_URL.equals(name)) {
        throw RequestChecks.invalid(
            name
                + " cannot be set to null: leave it unset to keep the current value; only"
                + " dashboard_login_url can be removed");
      }
    }
    RequestChecks.anySet(
        discoverable() != null
            || name() != null
            || description() != null
            || website() != null
            || dashboardLoginUrl() != null
            || removesDashboardLoginUrl()
            || envVars() != null
            || docsUrl() != null
            || sdks() != null
            || branding() != null
            || consent() != null
            || webhookEndpointId() != null
            || !unknownProperties().isEmpty(),
        "discoverable, name, description, website, dashboard_login_url, env_vars, docs_url, sdks,"
            + " branding, consent, webhook_endpoint_id");
    GateServiceChecks.check(
        name(),
        description(),
        website(),
        dashboardLoginUrl(),
        envVars(),
        docsUrl(),
        sdks(),
        branding(),
        consent(),
        webhookEndpointId());
    return this;
  }

  // Only the implementation that Immutables generates in this package extends this class.
  UpdateGateServiceRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateGateServiceRequest} values. */
  public static final class Builder extends ImmutableUpdateGateServiceRequest.Builder {

    Builder() {}

    /**
     * Removes the service's dashboard login URL: the update sends {@code "dashboard_login_url":
     * null}. Leaving the URL unset, or setting it to null, keeps the current URL instead; setting a
     * URL after this call sets that URL.
     *
     * @return this builder
     */
    public Builder clearDashboardLoginUrl() {
      dashboardLoginUrl(null);
      addExplicitNull(DASHBOARD_LOGIN_URL);
      return this;
    }
  }
}
