package com.tripwirejs.testing.internal;

import com.tripwirejs.model.apikey.ApiKeyClientTarget;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
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

  OrganizationRoutes(FakeState state) {
    this.state = state;
  }

  void register(List<Route> routes) {
    String org = "/v1/organizations/{}";
    String key = org + "/api-keys/{}";
    routes.add(Route.of("POST", "/v1/organizations", Auth.SECRET_KEY, this::createOrganization));
    routes.add(Route.of("GET", org, Auth.SECRET_KEY, c -> Reply.ok(state.organization(c.path(0)).json())));
    routes.add(Route.of("PATCH", org, Auth.SECRET_KEY, this::updateOrganization));
    routes.add(Route.of("GET", org + "/api-keys", Auth.SECRET_KEY, this::listKeys));
    routes.add(Route.of("POST", org + "/api-keys", Auth.SECRET_KEY, this::createKey));
    routes.add(Route.of("PATCH", key, Auth.SECRET_KEY, this::updateKey));
    routes.add(Route.of("DELETE", key, Auth.SECRET_KEY, this::revokeKey));
    routes.add(Route.of("POST", key + "/rotations", Auth.SECRET_KEY, this::rotateKey));
  }

  private Reply createOrganization(Call call) {
    CreateOrganizationRequest request = call.body(CreateOrganizationRequest.class);
    synchronized (state) {
      for (OrganizationRecord existing : state.organizations.values()) {
        if (existing.slug().equals(request.slug())) {
          throw ApiProblem.conflict(
              "An organization with slug \"" + request.slug() + "\" already exists. Choose another slug.");
        }
      }
      Instant now = state.now();
      OrganizationRecord organization =
          new OrganizationRecord(state.ids().base32("org_"), request.name(), request.slug(), "active", now, now);
      state.organizations.put(organization.id(), organization);
      return Reply.created(organization.json());
    }
  }

  private Reply updateOrganization(Call call) {
    UpdateOrganizationRequest request = call.body(UpdateOrganizationRequest.class);
    synchronized (state) {
      OrganizationRecord current = state.organization(call.path(0));
      OrganizationRecord updated =
          new OrganizationRecord(
              current.id(),
              request.name() != null ? request.name() : current.name(),
              current.slug(),
              request.status() != null ? request.status().value() : current.status(),
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

  private Reply createKey(Call call) {
    CreateApiKeyRequest request = call.body(CreateApiKeyRequest.class);
    synchronized (state) {
      String organizationId = state.organization(call.path(0)).id();
      String type = request.type() != null ? request.type().value() : "publishable";
      String environment = request.environment() != null ? request.environment().value() : "live";
      ApiKeyRecord key =
          new ApiKeyRecord(
              organizationId,
              state.ids().base32("key_"),
              type,
              environment,
              request.name(),
              "active",
              request.allowedOrigins(),
              clientTarget(type, request.clientTarget()),
              scopes(request.scopes()),
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
    UpdateApiKeyRequest request = call.body(UpdateApiKeyRequest.class);
    synchronized (state) {
      ApiKeyRecord key = key(call);
      if (request.scopes() != null && !key.type().equals("secret")) {
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
              request.name() != null ? request.name() : key.name(),
              key.status(),
              request.allowedOrigins() != null ? request.allowedOrigins() : key.allowedOrigins(),
              key.clientTarget(),
              request.scopes() != null ? scopes(request.scopes()) : key.scopes(),
              key.secret(),
              key.createdAt(),
              key.rotatedAt(),
              key.revokedAt(),
              key.graceExpiresAt());
      state.apiKeys.put(updated.id(), updated);
      return Reply.ok(updated.json());
    }
  }

  private Reply revokeKey(Call call) {
    synchronized (state) {
      ApiKeyRecord key = key(call);
      ApiKeyRecord revoked = key.withStatus("revoked", key.rotatedAt(), state.now(), null);
      state.apiKeys.put(revoked.id(), revoked);
      return Reply.ok(revoked.json());
    }
  }

  /**
   * Issues a replacement key with the same settings; the old key turns {@code rotating} and keeps
   * authenticating for {@link #ROTATION_GRACE}.
   */
  private Reply rotateKey(Call call) {
    synchronized (state) {
      ApiKeyRecord old = key(call);
      if (!old.status().equals("active")) {
        throw ApiProblem.conflict(
            "API key " + old.id() + " is " + old.status() + "; only an active key can be rotated.");
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

  /**
   * The client target of a new key, as the contract states it: a publishable key's is the one
   * requested, else {@code browser}; a secret key has none (the request type already refuses one
   * for a secret key, as the API does with its 422). A target the API does not know is its 422.
   */
  private static @Nullable String clientTarget(String type, @Nullable ApiKeyClientTarget requested) {
    if (requested != null && !requested.isKnown()) {
      throw ApiProblem.invalid(
          "Unsupported client_target \"" + requested.value() + "\". Use browser, native-ios or native-android.",
          new ApiProblem.FieldIssue(
              "client_target", "invalid_enum", "browser, native-ios or native-android", requested.value()));
    }
    if (type.equals("secret")) {
      return null;
    }
    return requested != null ? requested.value() : ApiKeyClientTarget.BROWSER.value();
  }

  /** The scopes of a request, each one the API grants; an unknown one is the API's 422. */
  private static @Nullable List<String> scopes(@Nullable List<ApiKeyScope> requested) {
    if (requested == null) {
      return null;
    }
    for (int i = 0; i < requested.size(); i++) {
      String scope = requested.get(i).value();
      if (!Scopes.KNOWN.contains(scope)) {
        throw ApiProblem.invalid(
            "Unsupported API key scope \"" + scope + "\". Grant a scope the API reference lists, or \"*\".",
            new ApiProblem.FieldIssue(
                "scopes[" + i + "]", "invalid_enum", "a secret-key scope such as sessions:read, or *", scope));
      }
    }
    return requested.stream().map(ApiKeyScope::value).distinct().toList();
  }
}
