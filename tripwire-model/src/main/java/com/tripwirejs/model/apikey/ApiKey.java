package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An API key of an organization, one of its variants by {@link #type()}: a {@link
 * PublishableApiKey} for browser SDKs, a {@link SecretApiKey} for servers, or an {@link
 * UnknownApiKey} for a key type added to the API after this SDK version.
 *
 * <p>Every variant carries the same properties, so code that only reads them needs no {@code
 * switch}; code that treats the types differently can switch exhaustively over the sealed variants.
 */
@JsonDeserialize(using = ApiKeyDeserializer.class)
public sealed interface ApiKey extends TripwireObject
    permits PublishableApiKey, SecretApiKey, UnknownApiKey {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  default String object() {
    return "api_key";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  String id();

  /**
   * Type.
   *
   * @return the type
   */
  @JsonProperty(value = "type", required = true)
  ApiKeyType type();

  /**
   * Environment.
   *
   * @return the environment
   */
  @JsonProperty(value = "environment", required = true)
  ApiKeyEnvironment environment();

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  String name();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  ApiKeyStatus status();

  /**
   * Allowed origins.
   *
   * @return the allowed origins, or null
   */
  @JsonProperty(value = "allowed_origins", required = true)
  @Nullable List<String> allowedOrigins();

  /**
   * Scopes.
   *
   * @return the scopes, or null
   */
  @JsonProperty(value = "scopes", required = true)
  @Nullable List<ApiKeyScope> scopes();

  /**
   * Rate limit.
   *
   * @return the rate limit, or null
   */
  @JsonProperty(value = "rate_limit", required = true)
  @Nullable Integer rateLimit();

  /**
   * Key preview.
   *
   * @return the key preview
   */
  @JsonProperty(value = "key_preview", required = true)
  String keyPreview();

  /**
   * Display key.
   *
   * @return the display key, or null
   */
  @JsonProperty("display_key")
  @Nullable String displayKey();

  /**
   * Revealed key.
   *
   * @return the revealed key
   */
  @JsonProperty("revealed_key")
  @Nullable Secret revealedKey();

  /**
   * Last used at.
   *
   * @return the last used at, or null
   */
  @JsonProperty(value = "last_used_at", required = true)
  @Nullable Instant lastUsedAt();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  Instant createdAt();

  /**
   * Rotated at.
   *
   * @return the rotated at, or null
   */
  @JsonProperty(value = "rotated_at", required = true)
  @Nullable Instant rotatedAt();

  /**
   * Revoked at.
   *
   * @return the revoked at, or null
   */
  @JsonProperty(value = "revoked_at", required = true)
  @Nullable Instant revokedAt();

  /**
   * Grace expires at.
   *
   * @return the grace expires at, or null
   */
  @JsonProperty(value = "grace_expires_at", required = true)
  @Nullable Instant graceExpiresAt();

}
