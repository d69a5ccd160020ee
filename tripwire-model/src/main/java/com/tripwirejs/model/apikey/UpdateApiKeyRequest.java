package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that updates an API key: only the properties that are set change. Needs a secret key
 * with the {@code api_keys:manage} scope.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when no property is set, the name is blank, an
 * allowed origin is not an absolute URI, or the scopes are empty.
 */
@Value.Immutable
public abstract class UpdateApiKeyRequest implements TripwireObject {

  /** {@return the new display name} Null leaves the name unchanged. */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /** {@return the new allowed web origins, each an absolute URI} Null leaves them unchanged. */
  @JsonProperty("allowed_origins")
  public abstract @Nullable List<String> allowedOrigins();

  /** {@return the new scopes of a secret key, at least one} Null leaves the scopes unchanged. */
  @JsonProperty("scopes")
  public abstract @Nullable List<ApiKeyScope> scopes();

  @Value.Check
  void check() {
    RequestChecks.anySet(
        name() != null
            || allowedOrigins() != null
            || scopes() != null
            || !unknownProperties().isEmpty(),
        "name, allowed_origins, scopes");
    RequestChecks.nonBlank(name(), "name", "give the key a name, or leave name unset");
    RequestChecks.absoluteUris(allowedOrigins(), "allowed_origins");
    RequestChecks.notEmpty(
        scopes(),
        "scopes",
        "grant a secret key at least one scope, or ApiKeyScope.ALL for all current and future"
            + " scopes; leave scopes unset to keep the current ones");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  UpdateApiKeyRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateApiKeyRequest} values. */
  public static final class Builder extends ImmutableUpdateApiKeyRequest.Builder {
    Builder() {}
  }
}
