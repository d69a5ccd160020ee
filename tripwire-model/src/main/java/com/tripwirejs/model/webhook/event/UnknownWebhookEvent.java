package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import org.immutables.value.Value;

/**
 * An event whose {@link #type()} this SDK version does not know, with its data as raw JSON. A
 * receiver can log or skip it; strict verification in {@code tripwire-webhooks} rejects it instead.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class UnknownWebhookEvent implements WebhookEvent {

  /** {@return the event's data exactly as sent} */
  @JsonProperty(value = "data", required = true)
  public abstract JsonNode data();

  // Only the implementation that Immutables generates in this package extends this class.
  UnknownWebhookEvent() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnknownWebhookEvent} values. */
  public static final class Builder extends ImmutableUnknownWebhookEvent.Builder {
    Builder() {}
  }
}
