package com.tripwirejs.gate.model;

import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The checks that creating and updating a Gate service share, and the Gate service id. */
final class GateServiceChecks {

  /** A Gate service id: 3 to 32 characters, as the {@code GateServiceId} schema states. */
  private static final Pattern GATE_SERVICE_ID =
      Pattern.compile("[a-z0-9](?:[a-z0-9_-]{1,30}[a-z0-9])");

  private GateServiceChecks() {}

  /**
   * Requires a set string to be a Gate service id.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   */
  static void serviceId(@Nullable String value, String property) {
    if (value != null && !GATE_SERVICE_ID.matcher(value).matches()) {
      throw RequestChecks.invalid(
          property
              + " must be a Gate service id: 3 to 32 lowercase letters, digits, dashes and"
              + " underscores, starting and ending with a letter or digit, such as acme_prod");
    }
  }

  static void check(
      @Nullable String name,
      @Nullable String description,
      @Nullable String website,
      @Nullable String dashboardLoginUrl,
      @Nullable List<GateEnvVar> envVars,
      @Nullable String docsUrl,
      @Nullable List<GateSdkInstall> sdks,
      @Nullable GateBranding branding,
      @Nullable GateConsentConfig consent,
      @Nullable String webhookEndpointId) {
    RequestChecks.nonBlank(name, "name", "give the service a display name");
    RequestChecks.nonBlank(description, "description", "describe the service in a few words");
    RequestChecks.absoluteUri(website, "website");
    RequestChecks.absoluteUri(dashboardLoginUrl, "dashboard_login_url");
    if (envVars != null) {
      for (int i = 0; i < envVars.size(); i++) {
        GateEnvVar envVar = envVars.get(i);
        RequestChecks.nonBlank(
            envVar.name(), "env_vars[" + i + "].name", "give the variable a display name");
        RequestChecks.nonBlank(
            envVar.key(),
            "env_vars[" + i + "].key",
            "give the variable's name in the environment, such as ACME_SECRET_KEY");
      }
    }
    RequestChecks.absoluteUri(docsUrl, "docs_url");
    if (sdks != null) {
      for (int i = 0; i < sdks.size(); i++) {
        GateSdkInstall sdk = sdks.get(i);
        RequestChecks.nonBlank(sdk.label(), "sdks[" + i + "].label", "name the SDK, such as Node");
        RequestChecks.nonBlank(
            sdk.install(),
            "sdks[" + i + "].install",
            "give the install command, such as npm install @acme/sdk");
        RequestChecks.absoluteUri(sdk.url(), "sdks[" + i + "].url");
      }
    }
    if (branding != null) {
      RequestChecks.absoluteUri(branding.logoUrl(), "branding.logo_url");
      RequestChecks.hexColor(branding.primaryColor(), "branding.primary_color");
      RequestChecks.hexColor(branding.secondaryColor(), "branding.secondary_color");
    }
    if (consent != null) {
      RequestChecks.absoluteUri(consent.termsUrl(), "consent.terms_url");
      RequestChecks.absoluteUri(consent.privacyUrl(), "consent.privacy_url");
    }
    RequestChecks.webhookEndpointId(webhookEndpointId, "webhook_endpoint_id");
  }
}
