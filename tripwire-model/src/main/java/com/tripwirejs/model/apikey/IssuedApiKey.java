package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Issued Api Key. */
@Value.Immutable
public abstract class IssuedApiKey implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "api_key";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Type.
   *
   * @return the type
   */
  @JsonProperty(value = "type", required = true)
  public abstract ApiKeyType type();

  /**
   * Environment.
   *
   * @return the environment
   */
  @JsonProperty(value = "environment", required = true)
  public abstract ApiKeyEnvironment environment();

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract ApiKeyStatus status();

  /**
   * Allowed origins.
   *
   * @return the allowed origins, or null
   */
  @JsonProperty(value = "allowed_origins", required = true)
  public abstract @Nullable List<String> allowedOrigins();

  /**
   * Scopes.
   *
   * @return the scopes, or null
   */
  @JsonProperty(value = "scopes", required = true)
  public abstract @Nullable List<ApiKeyScope> scopes();

  /**
   * Rate limit.
   *
   * @return the rate limit, or null
   */
  @JsonProperty(value = "rate_limit", required = true)
  public abstract @Nullable Integer rateLimit();

  /**
   * Key preview.
   *
   * @return the key preview
   */
  @JsonProperty(value = "key_preview", required = true)
  public abstract String keyPreview();

  /**
   * Display key.
   *
   * @return the display key, or null
   */
  @JsonProperty("display_key")
  public abstract @Nullable String displayKey();

  /**
   * Revealed key.
   *
   * @return the revealed key
   */
  @JsonProperty(value = "revealed_key", required = true)
  public abstract Secret revealedKey();

  /**
   * Last used at.
   *
   * @return the last used at, or null
   */
  @JsonProperty(value = "last_used_at", required = true)
  public abstract @Nullable Instant lastUsedAt();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * Rotated at.
   *
   * @return the rotated at, or null
   */
  @JsonProperty(value = "rotated_at", required = true)
  public abstract @Nullable Instant rotatedAt();

  /**
   * Revoked at.
   *
   * @return the revoked at, or null
   */
  @JsonProperty(value = "revoked_at", required = true)
  public abstract @Nullable Instant revokedAt();

  /**
   * Grace expires at.
   *
   * @return the grace expires at, or null
   */
  @JsonProperty(value = "grace_expires_at", required = true)
  public abstract @Nullable Instant graceExpiresAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IssuedApiKey} values. */
  public static final class Builder extends ImmutableIssuedApiKey.Builder {}
}
