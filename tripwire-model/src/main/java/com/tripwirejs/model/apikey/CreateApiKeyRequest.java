package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates an API key for an organization. Needs a secret key with the {@code
 * api_keys:manage} scope; the answer is an {@link IssuedApiKey}, which carries the full key.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when the name is blank, an allowed origin is not an
 * absolute URI, or the scopes or the client target break the rule of the key type: a secret key
 * needs at least one scope, only a secret key may have scopes, and a secret key has no client
 * target (a native one, {@code native-ios} or {@code native-android}, is for publishable keys
 * only). A key type this SDK version does not know is left to the API to check.
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
   * {@return the client a publishable key is for: {@link ApiKeyClientTarget#BROWSER} or a native
   * mobile SDK} Null when not set: the API then issues a publishable key for the browser. Set it
   * for a key of the native iOS or Android SDK; a secret key must leave it unset. The client
   * target cannot be changed later. Services of generations older than today's do not know it.
   */
  @JsonProperty("client_target")
  public abstract @Nullable ApiKeyClientTarget clientTarget();

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

  @Value.Check
  void check() {
    RequestChecks.nonBlank(name(), "name", "give the key a name, such as Production backend");
    RequestChecks.absoluteUris(allowedOrigins(), "allowed_origins");
    RequestChecks.notEmpty(
        scopes(),
        "scopes",
        "grant a secret key at least one scope, or ApiKeyScope.ALL for all current and future"
            + " scopes");
    // The rules of openapi.json tie scopes to the key type. A type this SDK version does not know
    // is left to the API, which knows its rules.
    ApiKeyType type = type();
    if (type != null && !type.isKnown()) {
      return;
    }
    boolean secret = ApiKeyType.SECRET.equals(type);
    if (secret && scopes() == null) {
      throw RequestChecks.invalid(
          "scopes must be set for a secret key: grant at least one scope, or ApiKeyScope.ALL for"
              + " all current and future scopes");
    }
    if (!secret && scopes() != null) {
      throw RequestChecks.invalid(
          "scopes are only for secret keys: set type to ApiKeyType.SECRET, or leave scopes unset"
              + " for a publishable key");
    }
    if (secret && clientTarget() != null) {
      throw RequestChecks.invalid(
          "client_target must be omitted for a secret key: client targets (browser, native-ios,"
              + " native-android) are for publishable keys; leave client_target unset, or create a"
              + " publishable key");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  CreateApiKeyRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateApiKeyRequest} values. */
  public static final class Builder extends ImmutableCreateApiKeyRequest.Builder {
    Builder() {}
  }
}
