package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Create Api Key Request. */
@Value.Immutable
public abstract class CreateApiKeyRequest implements TripwireObject {

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Type.
   *
   * @return the type, or null
   */
  @JsonProperty("type")
  public abstract @Nullable ApiKeyType type();

  /**
   * Environment.
   *
   * @return the environment, or null
   */
  @JsonProperty("environment")
  public abstract @Nullable ApiKeyEnvironment environment();

  /**
   * Allowed origins.
   *
   * @return the allowed origins, or null
   */
  @JsonProperty("allowed_origins")
  public abstract @Nullable List<String> allowedOrigins();

  /**
   * Scopes.
   *
   * @return the scopes, or null
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
