package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An API key together with its full value, as creating or rotating a key returns it: the answer
 * that carries the full key, so store it then. {@link #revealedKey()} is a {@link
 * com.tripwirejs.model.Secret} and never appears in {@code toString()}.
 */
@Value.Immutable
public abstract class IssuedApiKey implements TripwireObject {

  /** {@return the object type, always {@code api_key}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "api_key";
  }

  /** {@return the key id, {@code key_...}; not the key itself} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return whether this is a publishable or a secret key} */
  @JsonProperty(value = "type", required = true)
  public abstract ApiKeyType type();

  /** {@return whether the key works with live or with test data} */
  @JsonProperty(value = "environment", required = true)
  public abstract ApiKeyEnvironment environment();

  /** {@return the key's display name} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return the key's status: active, rotating or revoked} */
  @JsonProperty(value = "status", required = true)
  public abstract ApiKeyStatus status();

  /**
   * {@return the web origins allowed to use the key, such as {@code https://app.acme.co}} Null when
   * the key has no list of allowed origins.
   */
  @JsonProperty(value = "allowed_origins", required = true)
  public abstract @Nullable List<String> allowedOrigins();

  /**
   * {@return the client the key is issued for: the browser or a native mobile SDK} Null for a
   * secret key, and in answers of generations of the API older than today's, which lack it (see
   * {@link #absentProperties()}).
   */
  @JsonProperty(value = "client_target", required = true)
  @AbsentInOlderGenerations
  public abstract @Nullable ApiKeyClientTarget clientTarget();

  /**
   * {@return the scopes granted to a secret key; {@link ApiKeyScope#ALL} grants all current and
   * future scopes} Null for a key without scopes, such as a publishable key.
   */
  @JsonProperty(value = "scopes", required = true)
  public abstract @Nullable List<ApiKeyScope> scopes();

  /**
   * {@return the request rate limit of the key, at least 1} Null when no limit is set for the key.
   */
  @JsonProperty(value = "rate_limit", required = true)
  public abstract @Nullable Integer rateLimit();

  /** {@return a shortened form of the key that is safe to show, such as {@code sk_live_...}} */
  @JsonProperty(value = "key_preview", required = true)
  public abstract String keyPreview();

  /** {@return the key in a form meant for display} Null when the API leaves it out. */
  @JsonProperty("display_key")
  public abstract @Nullable String displayKey();

  /** {@return the full key, such as {@code sk_live_...}} */
  @JsonProperty(value = "revealed_key", required = true)
  public abstract Secret revealedKey();

  /** {@return when the key last authenticated a request} Null when the key has not been used. */
  @JsonProperty(value = "last_used_at", required = true)
  public abstract @Nullable Instant lastUsedAt();

  /** {@return when the key was created} */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /** {@return when the key was last rotated} Null when it has not been rotated. */
  @JsonProperty(value = "rotated_at", required = true)
  public abstract @Nullable Instant rotatedAt();

  /** {@return when the key was revoked} Null while it is not revoked. */
  @JsonProperty(value = "revoked_at", required = true)
  public abstract @Nullable Instant revokedAt();

  /**
   * {@return when the grace period that follows a rotation ends} Null when no grace period is
   * running.
   */
  @JsonProperty(value = "grace_expires_at", required = true)
  public abstract @Nullable Instant graceExpiresAt();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a July 2026 Foil or a Tripwire answer has no {@code
   * client_target}). Empty for answers of today's contract and for values built in code; kept so
   * that the value writes back exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  public abstract Set<String> absentProperties();

  // Only the implementation that Immutables generates in this package extends this class.
  IssuedApiKey() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IssuedApiKey} values. */
  public static final class Builder extends ImmutableIssuedApiKey.Builder {
    Builder() {}
  }
}
