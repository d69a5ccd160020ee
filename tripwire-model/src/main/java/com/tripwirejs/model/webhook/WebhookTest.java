package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Webhook Test. */
@Value.Immutable
public abstract class WebhookTest implements TripwireObject {

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
   * Event id.
   *
   * @return the event id
   */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /**
   * Delivery ids.
   *
   * @return the delivery ids
   */
  @JsonProperty(value = "delivery_ids", required = true)
  public abstract List<String> deliveryIds();

  /**
   * Latest delivery.
   *
   * @return the latest delivery, or null
   */
  @JsonProperty(value = "latest_delivery", required = true)
  public abstract @Nullable WebhookDelivery latestDelivery();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookTest} values. */
  public static final class Builder extends ImmutableWebhookTest.Builder {}
}
