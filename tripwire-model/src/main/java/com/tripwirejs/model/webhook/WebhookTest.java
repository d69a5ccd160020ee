package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The answer to sending a test webhook: the {@code webhook.test} event that was queued for the
 * endpoint and its deliveries.
 */
@Value.Immutable
public abstract class WebhookTest implements TripwireObject {

  /** {@return the object type, always {@code webhook_test}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_test";
  }

  /** {@return the test event, {@code wevt_...}} */
  @JsonProperty(value = "event_id", required = true)
  public abstract String eventId();

  /** {@return the deliveries of the test event, {@code wdlv_...}} */
  @JsonProperty(value = "delivery_ids", required = true)
  public abstract List<String> deliveryIds();

  /** {@return the latest delivery of the test event} Null when none was made yet. */
  @JsonProperty(value = "latest_delivery", required = true)
  public abstract @Nullable WebhookDelivery latestDelivery();

  // Only the implementation that Immutables generates in this package extends this class.
  WebhookTest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookTest} values. */
  public static final class Builder extends ImmutableWebhookTest.Builder {
    Builder() {}
  }
}
