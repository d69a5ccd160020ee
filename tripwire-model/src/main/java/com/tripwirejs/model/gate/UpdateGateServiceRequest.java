package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
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
   * The optional properties that were present as an explicit JSON {@code null} rather than left
   * out. The API treats both alike; they are kept so that the object writes back exactly as read.
   *
   * @return JSON names of the properties read as explicit null
   */
  @Value.Auxiliary
  public abstract Set<String> explicitNulls();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateGateServiceRequest} values. */
  public static final class Builder extends ImmutableUpdateGateServiceRequest.Builder {}
}
