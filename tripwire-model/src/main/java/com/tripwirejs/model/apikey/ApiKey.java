package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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

  /** {@return the object type, always {@code api_key}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  default String object() {
    return "api_key";
  }

  /** {@return the key id, {@code key_...}; not the key itself} */
  @JsonProperty(value = "id", required = true)
  String id();

  /** {@return whether this is a publishable or a secret key} */
  @JsonProperty(value = "type", required = true)
  ApiKeyType type();

  /** {@return whether the key works with live or with test data} */
  @JsonProperty(value = "environment", required = true)
  ApiKeyEnvironment environment();

  /** {@return the key's display name} */
  @JsonProperty(value = "name", required = true)
  String name();

  /** {@return the key's status: active, rotating or revoked} */
  @JsonProperty(value = "status", required = true)
  ApiKeyStatus status();

  /**
   * {@return the web origins allowed to use the key, such as {@code https://app.acme.co}} Null when
   * the key has no list of allowed origins.
   */
  @JsonProperty(value = "allowed_origins", required = true)
  @Nullable List<String> allowedOrigins();

  /**
   * {@return the client the key is issued for: the browser or a native mobile SDK} Null for a
   * secret key, and in answers of generations of the API older than today's, which lack it (see
   * {@link #absentProperties()}).
   */
  @JsonProperty(value = "client_target", required = true)
  @AbsentInOlderGenerations
  @Nullable ApiKeyClientTarget clientTarget();

  /**
   * {@return the scopes granted to a secret key; {@link ApiKeyScope#ALL} grants all current and
   * future scopes} Null for a key without scopes, such as a publishable key.
   */
  @JsonProperty(value = "scopes", required = true)
  @Nullable List<ApiKeyScope> scopes();

  /**
   * {@return the request rate limit of the key, at least 1} Null when no limit is set for the key.
   */
  @JsonProperty(value = "rate_limit", required = true)
  @Nullable Integer rateLimit();

  /** {@return a shortened form of the key that is safe to show, such as {@code sk_live_...}} */
  @JsonProperty(value = "key_preview", required = true)
  String keyPreview();

  /** {@return the key in a form meant for display} Null when the API leaves it out. */
  @JsonProperty("display_key")
  @Nullable String displayKey();

  /**
   * {@return the full key} Null except in the answers that reveal it, when a key is created or
   * rotated; {@link IssuedApiKey} always has it.
   */
  @JsonProperty("revealed_key")
  @Nullable Secret revealedKey();

  /** {@return when the key last authenticated a request} Null when the key has not been used. */
  @JsonProperty(value = "last_used_at", required = true)
  @Nullable Instant lastUsedAt();

  /** {@return when the key was created} */
  @JsonProperty(value = "created_at", required = true)
  Instant createdAt();

  /** {@return when the key was last rotated} Null when it has not been rotated. */
  @JsonProperty(value = "rotated_at", required = true)
  @Nullable Instant rotatedAt();

  /** {@return when the key was revoked} Null while it is not revoked. */
  @JsonProperty(value = "revoked_at", required = true)
  @Nullable Instant revokedAt();

  /**
   * {@return when the grace period that follows a rotation ends} Null when no grace period is
   * running.
   */
  @JsonProperty(value = "grace_expires_at", required = true)
  @Nullable Instant graceExpiresAt();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a July 2026 Foil or a Tripwire answer has no {@code
   * client_target}). Empty for answers of today's contract and for values built in code; kept so
   * that the value writes back exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  Set<String> absentProperties();
}
