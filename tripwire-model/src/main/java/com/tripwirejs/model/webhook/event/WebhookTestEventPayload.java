package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * The data of a {@code webhook.test} event. Further properties stay in {@link
 * #unknownProperties()}.
 */
@Value.Immutable
public abstract class WebhookTestEventPayload implements TripwireObject {

  /** {@return the object type, always {@code webhook_test}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_test";
  }

  /** {@return the endpoint the test was sent to, {@code we_...}} */
  @JsonProperty(value = "endpoint", required = true)
  public abstract IdReference endpoint();

  // Only the implementation that Immutables generates in this package extends this class.
  WebhookTestEventPayload() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookTestEventPayload} values. */
  public static final class Builder extends ImmutableWebhookTestEventPayload.Builder {
    Builder() {}
  }
}
