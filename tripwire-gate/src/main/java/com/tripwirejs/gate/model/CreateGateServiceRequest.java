package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates a Gate service for the authenticated organization. Needs a secret key with
 * the {@code gate:services:manage} scope.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when the id is not a valid service slug, a required
 * text is blank, a URL is not an absolute URI, a branding color is not a hex color, or the webhook
 * endpoint id is not a {@code we_...} id.
 */
@Value.Immutable
public abstract class CreateGateServiceRequest implements TripwireObject {

  /**
   * {@return the service id: 3 to 32 lowercase letters, digits, dashes and underscores, starting
   * and ending with a letter or digit, such as {@code acme_prod}}
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * {@return whether to list the service in the public registry} Null when not set: the API then
   * applies its default.
   */
  @JsonProperty("discoverable")
  public abstract @Nullable Boolean discoverable();

  /** {@return the service's display name; not blank} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return a short description of the service; not blank} */
  @JsonProperty(value = "description", required = true)
  public abstract String description();

  /** {@return the service's website, an absolute URI} */
  @JsonProperty(value = "website", required = true)
  public abstract String website();

  /**
   * {@return the URL of the service's dashboard login through Gate, an absolute URI} Null when not
   * set.
   */
  @JsonProperty("dashboard_login_url")
  public abstract @Nullable String dashboardLoginUrl();

  /** {@return the environment variables to provision to an approved agent} Null when not set. */
  @JsonProperty("env_vars")
  public abstract @Nullable List<GateEnvVar> envVars();

  /** {@return the service's documentation, an absolute URI} Null when not set. */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  /** {@return the SDKs the service offers} Null when not set. */
  @JsonProperty("sdks")
  public abstract @Nullable List<GateSdkInstall> sdks();

  /** {@return how the service presents itself during a signup} Null when not set. */
  @JsonProperty("branding")
  public abstract @Nullable GateBranding branding();

  /**
   * {@return the terms and privacy links shown when a person approves a signup} Null when not set.
   */
  @JsonProperty("consent")
  public abstract @Nullable GateConsentConfig consent();

  /**
   * {@return the webhook endpoint that receives the service's approved signups: {@code we_} and 32
   * lowercase hex digits}
   */
  @JsonProperty(value = "webhook_endpoint_id", required = true)
  public abstract String webhookEndpointId();

  @Value.Check
  void check() {
    GateServiceChecks.serviceId(id(), "id");
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
  }

  // Only the implementation that Immutables generates in this package extends this class.
  CreateGateServiceRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateGateServiceRequest} values. */
  public static final class Builder extends ImmutableCreateGateServiceRequest.Builder {
    Builder() {}
  }
}
