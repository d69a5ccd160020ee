package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.apikey.ApiKeyClientTarget;
import com.tripwirejs.testing.internal.Route.Auth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Organizations and their API keys: create, read, update, list, rotate and revoke. */
final class OrganizationRoutes {
  /** How long a rotated key keeps authenticating beside its replacement. */
  static final Duration ROTATION_GRACE = Duration.ofHours(24);

  private final FakeState state;
  private final RequestSchemas schemas;

  OrganizationRoutes(FakeState state, RequestSchemas schemas) {
    this.state = state;
    this.schemas = schemas;
  }

  void register(List<Route> routes) {
    String org = Route.ORGANIZATION_PATH;
    String key = org + "/api-keys/{}";
    routes.add(Route.of("POST", "/v1/organizations", Auth.SECRET_KEY, schemas.createOrganization, this::createOrganization));
    routes.add(Route.of("GET", org, Auth.SECRET_KEY, c -> Reply.ok(state.organization(c.path(0)).json())));
    routes.add(Route.of("PATCH", org, Auth.SECRET_KEY, schemas.updateOrganization, this::updateOrganization));
    routes.add(Route.of("GET", org + "/api-keys", Auth.SECRET_KEY, schemas.listApiKeys, this::listKeys));
    routes.add(Route.of("POST", org + "/api-keys", Auth.SECRET_KEY, schemas.createApiKey, this::createKey));
    routes.add(Route.of("PATCH", key, Auth.SECRET_KEY, schemas.updateApiKey, this::updateKey));
    routes.add(Route.of("DELETE", key, Auth.SECRET_KEY, this::revokeKey));
    routes.add(Route.of("POST", key + "/rotations", Auth.SECRET_KEY, this::rotateKey));
  }

  /** A new organization, with a secret key of its own ({@code FakeTripwire.secretKey(id)}). */
  private Reply createOrganization(Call call) {
    JsonNode body = call.json();
    String name = body.get("name").textValue();
    String slug = body.get("slug").textValue();
    synchronized (state) {
      for (OrganizationRecord existing : state.organizations.values()) {
        if (existing.slug().equals(slug)) {
          throw ApiProblem.conflict(
              "An organization with slug \"" + slug + "\" already exists. Choose another slug.");
        }
      }
      Instant now = state.now();
      OrganizationRecord organization =
          new OrganizationRecord(state.ids().base32("org_"), name, slug, "active", now, now);
      state.addOrganization(organization);
      return Reply.created(organization.json());
    }
  }

  private Reply updateOrganization(Call call) {
    JsonNode body = call.json();
    synchronized (state) {
      OrganizationRecord current = state.organization(call.path(0));
      OrganizationRecord updated =
          new OrganizationRecord(
              current.id(),
              body.has("name") ? body.get("name").textValue() : current.name(),
              current.slug(),
              body.has("status") ? body.get("status").textValue() : current.status(),
              current.createdAt(),
              state.now());
      state.organizations.put(updated.id(), updated);
      return Reply.ok(updated.json());
    }
  }

  private Reply listKeys(Call call) {
    int limit = call.limit("api key", 50);
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      List<ApiKeyRecord> keys = new ArrayList<>();
      for (ApiKeyRecord key : state.apiKeys.values()) {
        if (key.organizationId().equals(organizationId)) {
          keys.add(key);
        }
      }
      return Reply.page(Page.of(keys, limit, call.query("cursor"), ApiKeyRecord::json));
    }
  }

  /**
   * A new key; the schema has checked the body (a secret key has scopes and no client target, a
   * publishable key no scopes). A publishable key's client target defaults to {@code browser}.
   */
  private Reply createKey(Call call) {
    JsonNode body = call.json();
    String type = body.path("type").asText("publishable");
    String environment = body.path("environment").asText("live");
    @Nullable String clientTarget =
        type.equals("secret") ? null : body.path("client_target").asText(ApiKeyClientTarget.BROWSER.value());
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      ApiKeyRecord key =
          new ApiKeyRecord(
              organizationId,
              state.ids().base32("key_"),
              type,
              environment,
              body.get("name").textValue(),
              "active",
              strings(body.get("allowed_origins")),
              clientTarget,
              scopes(body.get("scopes")),
              newSecret(type, environment),
              state.now(),
              null,
              null,
              null);
      state.apiKeys.put(key.id(), key);
      return Reply.created(key.issuedJson());
    }
  }

  private Reply updateKey(Call call) {
    JsonNode body = call.json();
    synchronized (state) {
      ApiKeyRecord key = key(call);
      if (body.has("scopes") && !key.type().equals("secret")) {
        throw ApiProblem.invalid(
            "scopes are only for secret keys; this key is " + key.type() + ".",
            new ApiProblem.FieldIssue("scopes", "not_allowed", "no scopes on a publishable key", "scopes"));
      }
      ApiKeyRecord updated =
          new ApiKeyRecord(
              key.organizationId(),
              key.id(),
              key.type(),
              key.environment(),
              body.has("name") ? body.get("name").textValue() : key.name(),
              key.status(),
              body.has("allowed_origins") ? strings(body.get("allowed_origins")) : key.allowedOrigins(),
              key.clientTarget(),
              body.has("scopes") ? scopes(body.get("scopes")) : key.scopes(),
              key.secret(),
              key.createdAt(),
              key.rotatedAt(),
              key.revokedAt(),
              key.graceExpiresAt());
      state.apiKeys.put(updated.id(), updated);
      return Reply.ok(updated.json());
    }
  }

  /** Revokes the key; revoking a revoked key answers it as it is, with its first revocation time. */
  private Reply revokeKey(Call call) {
    synchronized (state) {
      ApiKeyRecord key = key(call);
      if (key.status().equals("revoked")) {
        return Reply.ok(key.json());
      }
      ApiKeyRecord revoked = key.withStatus("revoked", key.rotatedAt(), state.now(), null);
      state.apiKeys.put(revoked.id(), revoked);
      return Reply.ok(revoked.json());
    }
  }

  /**
   * Issues a replacement key with the same settings; the old key turns {@code rotating} and keeps
   * authenticating for {@link #ROTATION_GRACE}. Only an active key rotates: the contract lists no
   * conflict status for this operation, so a key that is already rotating or revoked is the
   * operation's 404, as for a key that does not exist.
   */
  private Reply rotateKey(Call call) {
    synchronized (state) {
      ApiKeyRecord old = key(call);
      if (!old.status().equals("active")) {
        throw ApiProblem.notFound("active API key", old.id());
      }
      Instant now = state.now();
      state.apiKeys.put(old.id(), old.withStatus("rotating", now, null, now.plus(ROTATION_GRACE)));
      ApiKeyRecord replacement =
          new ApiKeyRecord(
              old.organizationId(),
              state.ids().base32("key_"),
              old.type(),
              old.environment(),
              old.name(),
              "active",
              old.allowedOrigins(),
              old.clientTarget(),
              old.scopes(),
              newSecret(old.type(), old.environment()),
              now,
              null,
              null,
              null);
      state.apiKeys.put(replacement.id(), replacement);
      return Reply.created(replacement.issuedJson());
    }
  }

  private ApiKeyRecord key(Call call) {
    String organizationId = state.organization(call.path(0)).id();
    ApiKeyRecord key = state.apiKeys.get(call.path(1));
    if (key == null || !key.organizationId().equals(organizationId)) {
      throw ApiProblem.notFound("API key", call.path(1));
    }
    return key;
  }

  private String newSecret(String type, String environment) {
    return state.ids().base32((type.equals("secret") ? "sk_" : "pk_") + environment + "_");
  }

  /** The strings of a JSON array the schema has checked, or null for an absent value. */
  private static @Nullable List<String> strings(@Nullable JsonNode array) {
    if (array == null || array.isNull()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.textValue()));
    return values;
  }

  /** The scopes of a request, each once, in the order first given. */
  private static @Nullable List<String> scopes(@Nullable JsonNode requested) {
    List<String> scopes = strings(requested);
    return scopes == null ? null : scopes.stream().distinct().toList();
  }
}
