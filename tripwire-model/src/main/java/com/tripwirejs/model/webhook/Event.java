package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An event of the organization, with the attempts to deliver it to its webhook endpoints. Listing
 * and retrieving events needs a secret key with the {@code webhooks:read} scope.
 */
@Value.Immutable
public abstract class Event implements TripwireObject {

  /** {@return the object type, always {@code event}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "event";
  }

  /** {@return the event id, {@code wevt_} and 32 hex digits} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the event's type} */
  @JsonProperty(value = "type", required = true)
  public abstract WebhookEventType type();

  /** {@return the object the event is about} */
  @JsonProperty(value = "subject", required = true)
  public abstract EventSubject subject();

  /** {@return the event's data as raw JSON, whose shape depends on {@link #type()}} */
  @JsonProperty(value = "data", required = true)
  public abstract Map<String, JsonNode> data();

  /** {@return the attempts to deliver the event to webhook endpoints} */
  @JsonProperty(value = "webhook_deliveries", required = true)
  public abstract List<WebhookDelivery> webhookDeliveries();

  /** {@return when the event happened} */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  // Only the implementation that Immutables generates in this package extends this class.
  Event() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Event} values. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
