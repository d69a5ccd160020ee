package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A Gate service that the authenticated organization owns, with its registry listing and the
 * webhook endpoint that receives its approved signups. Reading needs a secret key with the {@code
 * gate:services:read} scope.
 */
@Value.Immutable
public abstract class GateManagedService implements TripwireObject {

  /** {@return the object type, always {@code gate_service}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "gate_service";
  }

  /**
   * {@return the service id: the slug used by the registry and by {@code npx signup <service>},
   * such as {@code acme_prod}}
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return whether the service is active or disabled} */
  @JsonProperty(value = "status", required = true)
  public abstract GateServiceStatus status();

  /** {@return whether the service is listed in the public registry} */
  @JsonProperty(value = "discoverable", required = true)
  public abstract boolean discoverable();

  /** {@return the service's display name} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return a short description of the service} */
  @JsonProperty(value = "description", required = true)
  public abstract String description();

  /** {@return the service's website} */
  @JsonProperty(value = "website", required = true)
  public abstract String website();

  /**
   * {@return the URL of the service's dashboard login through Gate} Null when the service has none.
   */
  @JsonProperty("dashboard_login_url")
  public abstract @Nullable String dashboardLoginUrl();

  /** {@return the environment variables the service provisions to an approved agent} */
  @JsonProperty(value = "env_vars", required = true)
  public abstract List<GateEnvVar> envVars();

  /** {@return the service's documentation} */
  @JsonProperty(value = "docs_url", required = true)
  public abstract String docsUrl();

  /** {@return the SDKs the service offers, with their install commands} */
  @JsonProperty(value = "sdks", required = true)
  public abstract List<GateSdkInstall> sdks();

  /** {@return how the service presents itself during a signup} */
  @JsonProperty(value = "branding", required = true)
  public abstract GateBranding branding();

  /** {@return the terms and privacy links shown when a person approves a signup} */
  @JsonProperty(value = "consent", required = true)
  public abstract GateConsentConfig consent();

  /** {@return when the service was created} */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /** {@return when the service was last updated} */
  @JsonProperty(value = "updated_at", required = true)
  public abstract Instant updatedAt();

  /**
   * {@return the webhook endpoint that receives the service's {@code gate.session.approved} events,
   * {@code we_...}} Null when the service has no endpoint.
   */
  @JsonProperty(value = "webhook_endpoint_id", required = true)
  public abstract @Nullable String webhookEndpointId();

  // Only the implementation that Immutables generates in this package extends this class.
  GateManagedService() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateManagedService} values. */
  public static final class Builder extends ImmutableGateManagedService.Builder {
    Builder() {}
  }
}
