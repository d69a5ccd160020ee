package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates an API key for an organization. Needs a secret key with the {@code
 * api_keys:manage} scope; the answer is an {@link IssuedApiKey}, the only time the full key is
 * shown.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when the name is blank, an allowed origin is not an
 * absolute URI, or the scopes break the rule of the key type: a secret key needs at least one
 * scope, and only a secret key may have scopes.
 */
@Value.Immutable
public abstract class CreateApiKeyRequest implements TripwireObject {

  /** {@return the key's display name, such as {@code Production backend}; not blank} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * {@return the kind of key to create} Null when not set: the API then applies its default type,
   * and the request must not have scopes.
   */
  @JsonProperty("type")
  public abstract @Nullable ApiKeyType type();

  /**
   * {@return whether the key works with live or with test data} Null when not set: the API then
   * applies its default.
   */
  @JsonProperty("environment")
  public abstract @Nullable ApiKeyEnvironment environment();

  /**
   * {@return the web origins allowed to use the key, each an absolute URI such as {@code
   * https://app.acme.co}} Null when not set.
   */
  @JsonProperty("allowed_origins")
  public abstract @Nullable List<String> allowedOrigins();

  /**
   * {@return the scopes of a secret key, at least one; {@link ApiKeyScope#ALL} grants all current
   * and future scopes} Null when not set, as it must be for a publishable key.
   */
  @JsonProperty("scopes")
  public abstract @Nullable List<ApiKeyScope> scopes();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateApiKeyRequest} values. */
  public static final class Builder extends ImmutableCreateApiKeyRequest.Builder {}
}
