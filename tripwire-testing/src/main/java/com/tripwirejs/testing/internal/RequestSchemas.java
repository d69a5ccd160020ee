package com.tripwirejs.testing.internal;

import static com.tripwirejs.testing.internal.Rule.arrayOf;
import static com.tripwirejs.testing.internal.Rule.bool;
import static com.tripwirejs.testing.internal.Rule.integerText;
import static com.tripwirejs.testing.internal.Rule.nullable;
import static com.tripwirejs.testing.internal.Rule.object;
import static com.tripwirejs.testing.internal.Rule.oneOf;
import static com.tripwirejs.testing.internal.Rule.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request schemas of the contract the fake speaks, in the {@link Rule} vocabulary: today's
 * contract ({@code foil-spec}) for sessions, fingerprints, organizations, API keys, webhook
 * endpoints and events; with Gate, Gate's operations as the last contract with Gate states them,
 * and Gate's scopes and {@code gate.session.approved} added to the values today's contract lists.
 * The fake ships without the contract, so the rules are written out here; the conformance test
 * checks them against {@code openapi.json}.
 */
final class RequestSchemas {
  /** The alphabet of session, visitor, organization and API key ids. */
  private static final String BASE32 = "[0123456789abcdefghjkmnpqrstvwxyz]{26}";

  /** {@code WebhookEndpointId}. */
  static final String WEBHOOK_ENDPOINT_ID = "^we_[0-9a-f]{32}$";

  /** {@code Slug}. */
  static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

  /** {@code GateServiceId}. */
  static final String GATE_SERVICE_ID = "^[a-z0-9](?:[a-z0-9_-]{1,30}[a-z0-9])$";

  /** A CSS hex color, as Gate branding takes it. */
  static final String HEX_COLOR = "^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$";

  /** The scopes today's contract lets a secret key have. */
  static final Set<String> TODAYS_SCOPES =
      Set.of(
          "*", "sessions:list", "sessions:read", "sessions:update", "fingerprints:list", "fingerprints:read",
          "organizations:create", "organizations:read", "organizations:update", "api_keys:read",
          "api_keys:manage", "webhooks:read", "webhooks:manage");

  /** Gate's scopes, granted only by a fake with Gate. */
  static final Set<String> GATE_SCOPES =
      Set.of(
          "gate:agent_tokens:verify", "gate:agent_tokens:revoke", "gate:login_sessions:consume",
          "gate:services:read", "gate:services:manage");

  /** The largest page of every list. */
  private static final int MAX_LIMIT = 200;

  // Today's contract.
  final RequestSchema listSessions;
  final RequestSchema updateSession;
  final RequestSchema listFingerprints;
  final RequestSchema createOrganization;
  final RequestSchema updateOrganization;
  final RequestSchema listApiKeys;
  final RequestSchema createApiKey;
  final RequestSchema updateApiKey;
  final RequestSchema createWebhookEndpoint;
  final RequestSchema updateWebhookEndpoint;
  final RequestSchema listEvents;

  // Gate's operations (the contract of July 2026).
  final RequestSchema createGateService;
  final RequestSchema updateGateService;
  final RequestSchema createGateSession;
  final RequestSchema acknowledgeGateSession;
  final RequestSchema createGateLoginSession;
  final RequestSchema consumeGateLoginSession;
  final RequestSchema agentToken;

  /** The schemas of a fake without Gate ({@code gate} false) or with it. */
  RequestSchemas(boolean gate) {
    Set<String> scopes = union(TODAYS_SCOPES, gate ? GATE_SCOPES : Set.of());
    Set<String> subscribable = union(Set.of("session.result.persisted"), gate ? Set.of("gate.session.approved") : Set.of());
    Set<String> delivered = union(subscribable, Set.of("webhook.test"));
    Rule limit = integerText(1, MAX_LIMIT);
    Rule uri = string().uri();

    listSessions =
        RequestSchema.query(
            "session list query",
            Map.of("limit", limit, "cursor", string(), "verdict", oneOf(Set.of("bot", "human", "inconclusive")),
                "search", string()));
    updateSession =
        RequestSchema.body(
            "update payload",
            object().required("client_user_id", nullable(string().maxLength(256))).closed());
    listFingerprints =
        RequestSchema.query(
            "visitor fingerprint list query",
            Map.of("limit", limit, "cursor", string(), "search", string(),
                "sort", oneOf(Set.of("seen_count", "first_seen"))));

    createOrganization =
        RequestSchema.body(
            "organization payload",
            object().required("name", string().minLength(1)).required("slug", string().pattern(SLUG)).closed());
    updateOrganization =
        RequestSchema.body(
            "organization payload",
            object()
                .optional("name", string().minLength(1))
                .optional("status", oneOf(Set.of("active", "suspended", "deleted")))
                .closed()
                .minProperties(1));

    listApiKeys = RequestSchema.query("API key list query", Map.of("limit", limit, "cursor", string()));
    Rule scopeList = arrayOf(oneOf(scopes), 1);
    createApiKey =
        RequestSchema.body(
            "API key payload",
            object()
                .required("name", string().minLength(1))
                .optional("type", oneOf(Set.of("publishable", "secret")))
                .optional("environment", oneOf(Set.of("live", "test")))
                .optional("client_target", oneOf(Set.of("browser", "native-ios", "native-android")))
                .optional("allowed_origins", arrayOf(uri, 0))
                .optional("scopes", scopeList)
                .closed()
                .and(RequestSchemas::scopesGoWithSecretKeys));
    updateApiKey =
        RequestSchema.body(
            "API key payload",
            object()
                .optional("name", string())
                .optional("allowed_origins", arrayOf(uri, 0))
                .optional("scopes", scopeList)
                .closed()
                .minProperties(1));

    Rule eventTypes = arrayOf(oneOf(subscribable), 1);
    createWebhookEndpoint =
        RequestSchema.body(
            "webhook endpoint payload",
            object()
                .required("name", string().minLength(1))
                .required("url", uri)
                .required("event_types", eventTypes)
                .closed());
    updateWebhookEndpoint =
        RequestSchema.body(
            "webhook endpoint payload",
            object()
                .optional("name", string().minLength(1))
                .optional("url", uri)
                .optional("status", oneOf(Set.of("active", "disabled")))
                .optional("event_types", eventTypes)
                .closed());
    listEvents =
        RequestSchema.query(
            "event list query",
            Map.of("endpoint_id", string().pattern(WEBHOOK_ENDPOINT_ID), "type", oneOf(delivered), "limit", limit));

    Rule envVar = object().required("name", string()).required("key", string()).required("secret", bool());
    Rule sdk = object().required("label", string()).required("install", string()).required("url", uri);
    Rule branding =
        object()
            .optional("logo_url", uri)
            .optional("primary_color", string().pattern(HEX_COLOR))
            .optional("secondary_color", string().pattern(HEX_COLOR))
            .optional("ascii_art", string())
            .optional("verified", bool());
    Rule consent = object().optional("terms_url", uri).optional("privacy_url", uri);
    Rule.ObjectRule serviceSettings =
        object()
            .optional("discoverable", bool())
            .optional("name", string())
            .optional("description", string())
            .optional("website", uri)
            .optional("env_vars", arrayOf(envVar, 0))
            .optional("docs_url", uri)
            .optional("sdks", arrayOf(sdk, 0))
            .optional("branding", branding)
            .optional("consent", consent)
            .optional("webhook_endpoint_id", string().pattern(WEBHOOK_ENDPOINT_ID));
    Rule serviceId = string().minLength(3).maxLength(32).pattern(GATE_SERVICE_ID);
    createGateService =
        RequestSchema.body(
            "Gate service payload",
            serviceSettings
                .required("id", serviceId)
                .required("name", string())
                .required("description", string())
                .required("website", uri)
                .optional("dashboard_login_url", uri)
                .required("webhook_endpoint_id", string().pattern(WEBHOOK_ENDPOINT_ID)));
    updateGateService =
        RequestSchema.body("Gate service payload", serviceSettings.optional("dashboard_login_url", nullable(uri)));
    Rule delivery =
        object()
            .required("version", Rule.constant(IntNode.valueOf(1)))
            .required("algorithm", Rule.constant(TextNode.valueOf("x25519-hkdf-sha256/aes-256-gcm")))
            .required("key_id", string())
            .required("public_key", string());
    createGateSession =
        RequestSchema.body(
            "Gate session payload",
            object()
                .required("service_id", serviceId)
                .required("account_name", string())
                .optional("metadata", Rule.anyObject())
                .required("delivery", delivery));
    acknowledgeGateSession = RequestSchema.body("acknowledgement", object().required("ack_token", string()));
    createGateLoginSession = RequestSchema.body("login session payload", object().required("service_id", serviceId));
    consumeGateLoginSession = RequestSchema.body("login code payload", object().required("code", string()));
    agentToken = RequestSchema.body("agent token payload", object().required("agent_token", string()));
  }

  /**
   * {@code CreateApiKeyRequest}'s two conditions: scopes only with {@code type: secret}, and a
   * secret key only with scopes; and, as its description says, no client target on a secret key.
   */
  private static void scopesGoWithSecretKeys(
      JsonNode body, String name, List<ApiProblem.FieldIssue> issues) {
    boolean secret = body.path("type").asText("").equals("secret");
    if (body.has("scopes") && !secret) {
      issues.add(Rule.issue("type", "invalid_value", "secret (scopes are only for secret keys)", body.path("type").asText("undefined")));
    }
    if (secret && !body.has("scopes")) {
      issues.add(Rule.issue("scopes", "required", "at least one scope for a secret key", "undefined"));
    }
    if (secret && body.has("client_target")) {
      issues.add(Rule.issue("client_target", "not_allowed", "no client_target on a secret key", Rule.received(body.get("client_target"))));
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
