package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored API key with its full secret, which the API reveals only when it is issued, and its
 * client target ({@code browser}, {@code native-ios}, {@code native-android}; null for a secret
 * key), fixed when it is created.
 */
record ApiKeyRecord(
    String organizationId,
    String id,
    String type,
    String environment,
    String name,
    String status,
    @Nullable List<String> allowedOrigins,
    @Nullable String clientTarget,
    @Nullable List<String> scopes,
    String secret,
    Instant createdAt,
    @Nullable Instant rotatedAt,
    @Nullable Instant revokedAt,
    @Nullable Instant graceExpiresAt) {

  /** Whether the key's secret authenticates at {@code now}. */
  boolean authenticatesAt(Instant now) {
    return status.equals("active")
        || (status.equals("rotating") && graceExpiresAt != null && now.isBefore(graceExpiresAt));
  }

  /** This key with another status and status timestamps; everything else stays. */
  ApiKeyRecord withStatus(
      String newStatus,
      @Nullable Instant newRotatedAt,
      @Nullable Instant newRevokedAt,
      @Nullable Instant newGraceExpiresAt) {
    return new ApiKeyRecord(
        organizationId, id, type, environment, name, newStatus, allowedOrigins, clientTarget, scopes, secret,
        createdAt, newRotatedAt, newRevokedAt, newGraceExpiresAt);
  }

  /** The key as the API lists it, without its secret. */
  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "api_key");
    json.put("id", id);
    json.put("type", type);
    json.put("name", name);
    json.put("environment", environment);
    json.put("status", status);
    putList(json, "allowed_origins", allowedOrigins);
    if (clientTarget == null) {
      json.putNull("client_target");
    } else {
      json.put("client_target", clientTarget);
    }
    putList(json, "scopes", scopes);
    json.putNull("rate_limit");
    json.put("key_preview", secret.substring(0, Math.min(12, secret.length())) + "...");
    if (type.equals("publishable")) {
      json.put("display_key", secret);
    }
    json.putNull("last_used_at");
    json.put("created_at", ApiTimestamps.format(createdAt));
    putInstant(json, "rotated_at", rotatedAt);
    putInstant(json, "revoked_at", revokedAt);
    putInstant(json, "grace_expires_at", graceExpiresAt);
    return json;
  }

  /** The key as the API issues it once, on create and rotate, with {@code revealed_key}. */
  ObjectNode issuedJson() {
    ObjectNode json = json();
    json.remove("display_key");
    json.put("revealed_key", secret);
    return json;
  }

  private static void putList(ObjectNode json, String name, @Nullable List<String> values) {
    if (values == null) {
      json.putNull(name);
    } else {
      ArrayNode array = json.putArray(name);
      values.forEach(array::add);
    }
  }

  static void putInstant(ObjectNode json, String name, @Nullable Instant value) {
    if (value == null) {
      json.putNull(name);
    } else {
      json.put(name, ApiTimestamps.format(value));
    }
  }
}
