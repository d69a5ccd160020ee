package com.tripwirejs.api.webhooks;

import com.tripwirejs.api.internal.ListLimits;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code webhooks().events().list(...)}. Every parameter is optional. The events list
 * has no cursor: it returns the most recent events up to the limit.
 */
@Value.Immutable
public abstract class EventListParams {

  /**
   * Only events delivered to this endpoint.
   *
   * @return the endpoint id ({@code we_...}), or null for every endpoint
   */
  public abstract @Nullable String endpointId();

  /**
   * Only events of this type.
   *
   * @return the type, or null for every type
   */
  public abstract @Nullable WebhookEventType type();

  /**
   * How many events to return.
   *
   * @return between 1 and 200, or null for the API's default (50)
   */
  public abstract @Nullable Integer limit();

  @Value.Check
  void check() {
    ListLimits.check(limit());
    String endpoint = endpointId();
    if (endpoint != null && endpoint.isBlank()) {
      throw new IllegalArgumentException("endpointId must not be blank; leave it unset for every endpoint");
    }
  }

  /**
   * No filters.
   *
   * @return the parameters
   */
  public static EventListParams none() {
    return builder().build();
  }

  // Only the implementation that Immutables generates in this package extends this class.
  EventListParams() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EventListParams}; {@code build()} checks them. */
  public static final class Builder extends ImmutableEventListParams.Builder {
    Builder() {}
  }
}
