package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Update Gate Service Request. */
@Value.Immutable
public abstract class UpdateGateServiceRequest implements TripwireObject {

  /**
   * Discoverable.
   *
   * @return the discoverable, or null
   */
  @JsonProperty("discoverable")
  public abstract @Nullable Boolean discoverable();

  /**
   * Name.
   *
   * @return the name, or null
   */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /**
   * Description.
   *
   * @return the description, or null
   */
  @JsonProperty("description")
  public abstract @Nullable String description();

  /**
   * Website.
   *
   * @return the website, or null
   */
  @JsonProperty("website")
  public abstract @Nullable String website();

  /**
   * Dashboard login url.
   *
   * @return the dashboard login url, or null
   */
  @JsonProperty("dashboard_login_url")
  public abstract @Nullable String dashboardLoginUrl();

  /**
   * Env vars.
   *
   * @return the env vars, or null
   */
  @JsonProperty("env_vars")
  public abstract @Nullable List<GateEnvVar> envVars();

  /**
   * Docs url.
   *
   * @return the docs url, or null
   */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  /**
   * Sdks.
   *
   * @return the sdks, or null
   */
  @JsonProperty("sdks")
  public abstract @Nullable List<GateSdkInstall> sdks();

  /**
   * Branding.
   *
   * @return the branding, or null
   */
  @JsonProperty("branding")
  public abstract @Nullable GateBranding branding();

  /**
   * Consent.
   *
   * @return the consent, or null
   */
  @JsonProperty("consent")
  public abstract @Nullable GateConsentConfig consent();

  /**
   * Webhook endpoint id.
   *
   * @return the webhook endpoint id, or null
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
