package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Gate Managed Service. */
@Value.Immutable
public abstract class GateManagedService implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_service";
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
  public abstract GateServiceStatus status();

  /**
   * Discoverable.
   *
   * @return the discoverable
   */
  @JsonProperty(value = "discoverable", required = true)
  public abstract boolean discoverable();

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
   * @return the env vars
   */
  @JsonProperty(value = "env_vars", required = true)
  public abstract List<GateEnvVar> envVars();

  /**
   * Docs url.
   *
   * @return the docs url
   */
  @JsonProperty(value = "docs_url", required = true)
  public abstract String docsUrl();

  /**
   * Sdks.
   *
   * @return the sdks
   */
  @JsonProperty(value = "sdks", required = true)
  public abstract List<GateSdkInstall> sdks();

  /**
   * Branding.
   *
   * @return the branding
   */
  @JsonProperty(value = "branding", required = true)
  public abstract GateBranding branding();

  /**
   * Consent.
   *
   * @return the consent
   */
  @JsonProperty(value = "consent", required = true)
  public abstract GateConsentConfig consent();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * Updated at.
   *
   * @return the updated at
   */
  @JsonProperty(value = "updated_at", required = true)
  public abstract Instant updatedAt();

  /**
   * Webhook endpoint id.
   *
   * @return the webhook endpoint id, or null
   */
  @JsonProperty(value = "webhook_endpoint_id", required = true)
  public abstract @Nullable String webhookEndpointId();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateManagedService} values. */
  public static final class Builder extends ImmutableGateManagedService.Builder {}
}
