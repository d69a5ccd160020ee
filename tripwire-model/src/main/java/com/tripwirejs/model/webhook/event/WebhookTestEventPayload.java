package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Webhook Test Event Payload. */
@Value.Immutable
public abstract class WebhookTestEventPayload implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_test";
  }

  /**
   * Endpoint.
   *
   * @return the endpoint
   */
  @JsonProperty(value = "endpoint", required = true)
  public abstract IdReference endpoint();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookTestEventPayload} values. */
  public static final class Builder extends ImmutableWebhookTestEventPayload.Builder {}
}
