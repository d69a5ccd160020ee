package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;

/** A {@code webhook.test} event, sent when a test delivery to an endpoint is requested. */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class WebhookTestEvent implements WebhookEvent {

  /** {@return {@link WebhookEventType#WEBHOOK_TEST}, always} */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return WebhookEventType.WEBHOOK_TEST;
  }

  /** {@return the endpoint the test was sent to} */
  @JsonProperty(value = "data", required = true)
  public abstract WebhookTestEventPayload data();

  @Value.Check
  void checkType() {
    if (!WebhookEventType.WEBHOOK_TEST.equals(type())) {
      throw new IllegalArgumentException(
          "A WebhookTestEvent has type \"" + WebhookEventType.WEBHOOK_TEST + "\"");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  WebhookTestEvent() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookTestEvent} values. */
  public static final class Builder extends ImmutableWebhookTestEvent.Builder {
    Builder() {}
  }
}
