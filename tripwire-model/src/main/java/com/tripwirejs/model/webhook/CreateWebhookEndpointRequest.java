package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** Create Webhook Endpoint Request. */
@Value.Immutable
public abstract class CreateWebhookEndpointRequest implements TripwireObject {

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Url.
   *
   * @return the url
   */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /**
   * Event types.
   *
   * @return the event types
   */
  @JsonProperty(value = "event_types", required = true)
  public abstract List<WebhookEventType> eventTypes();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateWebhookEndpointRequest} values. */
  public static final class Builder extends ImmutableCreateWebhookEndpointRequest.Builder {}
}
