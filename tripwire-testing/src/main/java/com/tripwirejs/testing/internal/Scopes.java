package com.tripwirejs.testing.internal;

import static java.util.Map.entry;

import com.tripwirejs.model.apikey.ApiKeyScope;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scope each secret-key operation needs, in one table. A secret key passes when its scopes
 * hold the operation's scope or {@code *}; the fake's own secret key has {@code *}. Each operation
 * needs exactly its own scope: {@code gate:services:manage} does not grant {@code
 * gate:services:read}.
 */
final class Scopes {
  /** All current and future scopes. */
  static final String ALL = "*";

  private static final Map<String, String> BY_OPERATION =
      Map.ofEntries(
          entry("GET /v1/sessions", "sessions:list"),
          entry("GET /v1/sessions/{}", "sessions:read"),
          entry("PATCH /v1/sessions/{}", "sessions:update"),
          entry("GET /v1/fingerprints", "fingerprints:list"),
          entry("GET /v1/fingerprints/{}", "fingerprints:read"),
          entry("POST /v1/organizations", "organizations:create"),
          entry("GET /v1/organizations/{}", "organizations:read"),
          entry("PATCH /v1/organizations/{}", "organizations:update"),
          entry("GET /v1/organizations/{}/api-keys", "api_keys:read"),
          entry("POST /v1/organizations/{}/api-keys", "api_keys:manage"),
          entry("PATCH /v1/organizations/{}/api-keys/{}", "api_keys:manage"),
          entry("DELETE /v1/organizations/{}/api-keys/{}", "api_keys:manage"),
          entry("POST /v1/organizations/{}/api-keys/{}/rotations", "api_keys:manage"),
          entry("GET /v1/organizations/{}/webhooks/endpoints", "webhooks:read"),
          entry("POST /v1/organizations/{}/webhooks/endpoints", "webhooks:manage"),
          entry("PATCH /v1/organizations/{}/webhooks/endpoints/{}", "webhooks:manage"),
          entry("DELETE /v1/organizations/{}/webhooks/endpoints/{}", "webhooks:manage"),
          entry("POST /v1/organizations/{}/webhooks/endpoints/{}/rotations", "webhooks:manage"),
          entry("POST /v1/organizations/{}/webhooks/endpoints/{}/test", "webhooks:manage"),
          entry("GET /v1/organizations/{}/events", "webhooks:read"),
          entry("GET /v1/organizations/{}/events/{}", "webhooks:read"),
          entry("GET /v1/gate/services", "gate:services:read"),
          entry("GET /v1/gate/services/{}", "gate:services:read"),
          entry("POST /v1/gate/services", "gate:services:manage"),
          entry("PATCH /v1/gate/services/{}", "gate:services:manage"),
          entry("DELETE /v1/gate/services/{}", "gate:services:manage"),
          entry("POST /v1/gate/login-sessions/consume", "gate:login_sessions:consume"),
          entry("POST /v1/gate/agent-tokens/verify", "gate:agent_tokens:verify"),
          entry("POST /v1/gate/agent-tokens/revoke", "gate:agent_tokens:revoke"));

  /**
   * Every scope a secret key may be granted: the model's known {@link ApiKeyScope} values, today's
   * contract's, and the scopes of the other operations this table lists (Gate's, which only older
   * generations have and the model keeps as unknown values).
   */
  static final Set<String> KNOWN =
      Stream.concat(
              ApiKeyScope.knownValues().stream().map(ApiKeyScope::value),
              BY_OPERATION.values().stream())
          .collect(Collectors.toUnmodifiableSet());

  private Scopes() {}

  /**
   * The scope of the secret-key operation {@code method path}.
   *
   * @throws IllegalStateException when the table has no row for it, or a scope no key can have
   */
  static String required(String method, String path) {
    String scope = BY_OPERATION.get(method + " " + path);
    if (scope == null || !KNOWN.contains(scope)) {
      throw new IllegalStateException(
          "The fake has no known scope for the secret-key operation " + method + " " + path + "; add it to Scopes");
    }
    return scope;
  }

  /** Whether a key with {@code granted} may call an operation that needs {@code scope}. */
  static boolean allows(Iterable<String> granted, String scope) {
    for (String value : granted) {
      if (value.equals(ALL) || value.equals(scope)) {
        return true;
      }
    }
    return false;
  }
}
