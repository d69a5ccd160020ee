package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.model.GateBranding;
import com.tripwirejs.gate.model.GateConsentConfig;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.GateSdkInstall;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import com.tripwirejs.model.json.TripwireJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored Gate service: the seeded {@code tripwire} service, which no organization of the fake
 * owns ({@code organizationId} null), or one an organization created through the API.
 */
record GateServiceRecord(
    @Nullable String organizationId,
    String id,
    String status,
    boolean discoverable,
    String name,
    String description,
    String website,
    @Nullable String dashboardLoginUrl,
    List<GateEnvVar> envVars,
    String docsUrl,
    List<GateSdkInstall> sdks,
    GateBranding branding,
    GateConsentConfig consent,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String webhookEndpointId) {

  GateServiceRecord {
    envVars = List.copyOf(envVars);
    sdks = List.copyOf(sdks);
  }

  boolean active() {
    return status.equals("active");
  }

  boolean ownedBy(String candidateOrganizationId) {
    return candidateOrganizationId.equals(organizationId);
  }

  GateServiceRecord withStatus(String newStatus, Instant now) {
    return new GateServiceRecord(
        organizationId, id, newStatus, discoverable, name, description, website, dashboardLoginUrl,
        envVars, docsUrl, sdks, branding, consent, createdAt, now, webhookEndpointId);
  }

  /** The service as the public registry shows it. */
  ObjectNode registryJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("id", id);
    json.put("status", status);
    json.put("discoverable", discoverable);
    putDescription(json);
    return json;
  }

  /** The service as its organization manages it. */
  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "gate_service");
    json.put("id", id);
    json.put("status", status);
    json.put("discoverable", discoverable);
    putDescription(json);
    json.put("created_at", ApiTimestamps.format(createdAt));
    json.put("updated_at", ApiTimestamps.format(updatedAt));
    json.put("webhook_endpoint_id", webhookEndpointId);
    return json;
  }

  private void putDescription(ObjectNode json) {
    json.put("name", name);
    json.put("description", description);
    json.put("website", website);
    if (dashboardLoginUrl != null) {
      json.put("dashboard_login_url", dashboardLoginUrl);
    }
    ArrayNode vars = json.putArray("env_vars");
    envVars.forEach(envVar -> vars.add(tree(envVar)));
    json.put("docs_url", docsUrl);
    ArrayNode installs = json.putArray("sdks");
    sdks.forEach(sdk -> installs.add(tree(sdk)));
    json.set("branding", tree(branding));
    json.set("consent", tree(consent));
  }

  /** A model object as JSON without its unset optional properties, which the API leaves out. */
  private static JsonNode tree(Object value) {
    JsonNode tree = TripwireJson.toTree(value);
    if (tree instanceof ObjectNode object) {
      List<String> unset = new ArrayList<>();
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        if (property.getValue().isNull()) {
          unset.add(property.getKey());
        }
      }
      object.remove(unset);
    }
    return tree;
  }
}
