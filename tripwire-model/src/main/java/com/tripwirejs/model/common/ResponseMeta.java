package com.tripwirejs.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Metadata of a successful response. */
@Value.Immutable
public abstract class ResponseMeta implements TripwireObject {

  /**
   * {@return the id of the request, {@code req_} and 32 hex digits; quote it when contacting
   * support}
   */
  @JsonProperty(value = "request_id", required = true)
  public abstract String requestId();

  // Only the implementation that Immutables generates in this package extends this class.
  ResponseMeta() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseMeta} values. */
  public static final class Builder extends ImmutableResponseMeta.Builder {
    Builder() {}
  }
}
