package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import org.immutables.value.Value;

/**
 * A publishable key ({@code pk_...}): identifies the organization to the browser and mobile SDKs;
 * safe to embed in client code, and limited to its allowed origins.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class PublishableApiKey implements ApiKey {

  /** {@return {@link ApiKeyType#PUBLISHABLE}, always} */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public ApiKeyType type() {
    return ApiKeyType.PUBLISHABLE;
  }

  @Value.Check
  void checkType() {
    if (!ApiKeyType.PUBLISHABLE.equals(type())) {
      throw new IllegalArgumentException("A PublishableApiKey has type \"publishable\"");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  PublishableApiKey() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PublishableApiKey} values. */
  public static final class Builder extends ImmutablePublishableApiKey.Builder {
    Builder() {}
  }
}
