package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The delivery of one event to one webhook endpoint, with the outcome of its latest attempt. */
@Value.Immutable
public abstract class WebhookDelivery implements TripwireObject {

  /** {@return the object type, always {@code webhook_delivery}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_delivery";
  }

  /** {@return the delivery id, {@code wdlv_} and 32 hex digits} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the delivered event, {@code wevt_...}} */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /** {@return the endpoint delivered to, {@code we_...}} */
  @JsonProperty(value = "endpoint_id", required = true)
  public abstract String endpointId();

  /** {@return the type of the delivered event} */
  @JsonProperty(value = "event_type", required = true)
  public abstract WebhookEventType eventType();

  /** {@return the state of the delivery} */
  @JsonProperty(value = "status", required = true)
  public abstract WebhookDeliveryStatus status();

  /** {@return how many times delivery was attempted} */
  @JsonProperty(value = "attempts", required = true)
  public abstract int attempts();

  /**
   * {@return the HTTP status the endpoint answered with} Null when the endpoint has not answered.
   */
  @JsonProperty(value = "response_status", required = true)
  public abstract @Nullable Integer responseStatus();

  /**
   * {@return the body the endpoint answered with} Null when the endpoint has not answered or sent
   * no body.
   */
  @JsonProperty(value = "response_body", required = true)
  public abstract @Nullable String responseBody();

  /** {@return why the last attempt failed} Null when there was no error. */
  @JsonProperty(value = "error", required = true)
  public abstract @Nullable String error();

  /** {@return when the delivery was created} */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /** {@return when the delivery last changed} */
  @JsonProperty(value = "updated_at", required = true)
  public abstract Instant updatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  WebhookDelivery() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookDelivery} values. */
  public static final class Builder extends ImmutableWebhookDelivery.Builder {
    Builder() {}
  }
}
