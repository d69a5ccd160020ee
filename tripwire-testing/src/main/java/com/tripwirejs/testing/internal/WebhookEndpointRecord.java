package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;
import java.util.List;

/** A stored webhook endpoint with its signing secret, which the API reveals only when issued. */
record WebhookEndpointRecord(
    String organizationId,
    String id,
    String name,
    String url,
    String status,
    List<String> eventTypes,
    String signingSecret,
    Instant createdAt,
    Instant updatedAt) {

  /** The endpoint as the API lists it, without its signing secret. */
  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "webhook_endpoint");
    json.put("id", id);
    json.put("name", name);
    json.put("url", url);
    json.put("status", status);
    ArrayNode types = json.putArray("event_types");
    eventTypes.forEach(types::add);
    json.put("created_at", ApiTimestamps.format(createdAt));
    json.put("updated_at", ApiTimestamps.format(updatedAt));
    return json;
  }

  WebhookEndpointRecord withStatus(String newStatus, Instant now) {
    return new WebhookEndpointRecord(
        organizationId, id, name, url, newStatus, eventTypes, signingSecret, createdAt, now);
  }

  WebhookEndpointRecord withSigningSecret(String newSecret, Instant now) {
    return new WebhookEndpointRecord(
        organizationId, id, name, url, status, eventTypes, newSecret, createdAt, now);
  }

  /** The endpoint as the API answers its creation and secret rotation, with the secret. */
  ObjectNode issuedJson() {
    return json().put("signing_secret", signingSecret);
  }
}
