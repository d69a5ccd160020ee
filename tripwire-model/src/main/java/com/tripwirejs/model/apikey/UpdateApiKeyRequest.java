package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Update Api Key Request. */
@Value.Immutable
public abstract class UpdateApiKeyRequest implements TripwireObject {

  /**
   * Name.
   *
   * @return the name, or null
   */
  @JsonProperty("name")
  public abstract @Nullable String name();

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

  /** Builds {@link UpdateApiKeyRequest} values. */
  public static final class Builder extends ImmutableUpdateApiKeyRequest.Builder {}
}
