package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import org.immutables.value.Value;

/**
 * A secret key ({@code sk_...}): authenticates a server to the API with the scopes it was granted;
 * never expose it to clients.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class SecretApiKey implements ApiKey {

  /** {@return {@link ApiKeyType#SECRET}, always} */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public ApiKeyType type() {
    return ApiKeyType.SECRET;
  }

  @Value.Check
  void checkType() {
    if (!ApiKeyType.SECRET.equals(type())) {
      throw new IllegalArgumentException("A SecretApiKey has type \"secret\"");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  SecretApiKey() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretApiKey} values. */
  public static final class Builder extends ImmutableSecretApiKey.Builder {
    Builder() {}
  }
}
