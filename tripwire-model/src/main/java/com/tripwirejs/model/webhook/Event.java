package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Event. */
@Value.Immutable
public abstract class Event implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "event";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Type.
   *
   * @return the type
   */
  @JsonProperty(value = "type", required = true)
  public abstract WebhookEventType type();

  /**
   * Subject.
   *
   * @return the subject
   */
  @JsonProperty(value = "subject", required = true)
  public abstract EventSubject subject();

  /**
   * Data.
   *
   * @return the data
   */
  @JsonProperty(value = "data", required = true)
  public abstract Map<String, JsonNode> data();

  /**
   * Webhook deliveries.
   *
   * @return the webhook deliveries
   */
  @JsonProperty(value = "webhook_deliveries", required = true)
  public abstract List<WebhookDelivery> webhookDeliveries();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Event} values. */
  public static final class Builder extends ImmutableEvent.Builder {}
}
