package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Create Gate Service Request. */
@Value.Immutable
public abstract class CreateGateServiceRequest implements TripwireObject {

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

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
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Description.
   *
   * @return the description
   */
  @JsonProperty(value = "description", required = true)
  public abstract String description();

  /**
   * Website.
   *
   * @return the website
   */
  @JsonProperty(value = "website", required = true)
  public abstract String website();

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
   * @return the webhook endpoint id
   */
  @JsonProperty(value = "webhook_endpoint_id", required = true)
  public abstract String webhookEndpointId();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateGateServiceRequest} values. */
  public static final class Builder extends ImmutableCreateGateServiceRequest.Builder {}
}
