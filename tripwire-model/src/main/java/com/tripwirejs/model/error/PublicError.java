package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An error the API answered with: a stable machine-readable code, a message for people, the HTTP
 * status, and whether the request may be retried.
 */
@Value.Immutable
public abstract class PublicError implements TripwireObject {

  /**
   * {@return the error code, such as {@code request.validation_failed}; stable, so branch on it
   * rather than on the message}
   */
  @JsonProperty(value = "code", required = true)
  public abstract String code();

  /** {@return a description of the error for people} */
  @JsonProperty(value = "message", required = true)
  public abstract String message();

  /** {@return the HTTP status of the response, such as 422} */
  @JsonProperty(value = "status", required = true)
  public abstract int status();

  /** {@return whether sending the same request again may succeed} */
  @JsonProperty(value = "retryable", required = true)
  public abstract boolean retryable();

  /**
   * {@return the id of the failed request, {@code req_} and 32 hex digits; quote it when contacting
   * support}
   */
  @JsonProperty(value = "request_id", required = true)
  public abstract String requestId();

  /** {@return a link to documentation about this error} Null when the API leaves it out. */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  /**
   * {@return more about the error, such as the fields that failed validation} Null when the API
   * leaves it out.
   */
  @JsonProperty("details")
  public abstract @Nullable ApiErrorDetails details();

  // Only the implementation that Immutables generates in this package extends this class.
  PublicError() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PublicError} values. */
  public static final class Builder extends ImmutablePublicError.Builder {
    Builder() {}
  }
}
