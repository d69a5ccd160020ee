package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Update Webhook Endpoint Request. */
@Value.Immutable
public abstract class UpdateWebhookEndpointRequest implements TripwireObject {

  /**
   * Name.
   *
   * @return the name, or null
   */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /**
   * Url.
   *
   * @return the url, or null
   */
  @JsonProperty("url")
  public abstract @Nullable String url();

  /**
   * Status.
   *
   * @return the status, or null
   */
  @JsonProperty("status")
  public abstract @Nullable WebhookEndpointStatus status();

  /**
   * Event types.
   *
   * @return the event types, or null
   */
  @JsonProperty("event_types")
  public abstract @Nullable List<WebhookEventType> eventTypes();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateWebhookEndpointRequest} values. */
  public static final class Builder extends ImmutableUpdateWebhookEndpointRequest.Builder {}
}
