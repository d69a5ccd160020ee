package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Webhook Delivery. */
@Value.Immutable
public abstract class WebhookDelivery implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_delivery";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Event id.
   *
   * @return the event id
   */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /**
   * Endpoint id.
   *
   * @return the endpoint id
   */
  @JsonProperty(value = "endpoint_id", required = true)
  public abstract String endpointId();

  /**
   * Event type.
   *
   * @return the event type
   */
  @JsonProperty(value = "event_type", required = true)
  public abstract WebhookEventType eventType();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract WebhookDeliveryStatus status();

  /**
   * Attempts.
   *
   * @return the attempts
   */
  @JsonProperty(value = "attempts", required = true)
  public abstract int attempts();

  /**
   * Response status.
   *
   * @return the response status, or null
   */
  @JsonProperty(value = "response_status", required = true)
  public abstract @Nullable Integer responseStatus();

  /**
   * Response body.
   *
   * @return the response body, or null
   */
  @JsonProperty(value = "response_body", required = true)
  public abstract @Nullable String responseBody();

  /**
   * Error.
   *
   * @return the error, or null
   */
  @JsonProperty(value = "error", required = true)
  public abstract @Nullable String error();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * Updated at.
   *
   * @return the updated at
   */
  @JsonProperty(value = "updated_at", required = true)
  public abstract Instant updatedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookDelivery} values. */
  public static final class Builder extends ImmutableWebhookDelivery.Builder {}
}
