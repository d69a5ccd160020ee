package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Public Error. */
@Value.Immutable
public abstract class PublicError implements TripwireObject {

  /**
   * Code.
   *
   * @return the code
   */
  @JsonProperty(value = "code", required = true)
  public abstract String code();

  /**
   * Message.
   *
   * @return the message
   */
  @JsonProperty(value = "message", required = true)
  public abstract String message();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract int status();

  /**
   * Retryable.
   *
   * @return the retryable
   */
  @JsonProperty(value = "retryable", required = true)
  public abstract boolean retryable();

  /**
   * Request id.
   *
   * @return the request id
   */
  @JsonProperty(value = "request_id", required = true)
  public abstract String requestId();

  /**
   * Docs url.
   *
   * @return the docs url, or null
   */
  @JsonProperty("docs_url")
  public abstract @Nullable String docsUrl();

  /**
   * Details.
   *
   * @return the details, or null
   */
  @JsonProperty("details")
  public abstract @Nullable ApiErrorDetails details();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PublicError} values. */
  public static final class Builder extends ImmutablePublicError.Builder {}
}
