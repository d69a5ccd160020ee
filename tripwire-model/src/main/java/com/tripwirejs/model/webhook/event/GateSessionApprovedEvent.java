package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;

/**
 * A {@code gate.session.approved} event: a person approved a Gate session for a service, and
 * the service answers with the encrypted credentials to deliver.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class GateSessionApprovedEvent implements WebhookEvent {

  /**
   * Always {@link WebhookEventType#GATE_SESSION_APPROVED}.
   *
   * @return the event type
   */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return WebhookEventType.GATE_SESSION_APPROVED;
  }

  /**
   * The event data.
   *
   * @return the payload
   */
  @JsonProperty(value = "data", required = true)
  public abstract GateApprovedWebhookPayload data();

  @Value.Check
  void checkType() {
    if (!WebhookEventType.GATE_SESSION_APPROVED.equals(type())) {
      throw new IllegalArgumentException("A GateSessionApprovedEvent has type \"" + WebhookEventType.GATE_SESSION_APPROVED + "\"");
    }
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionApprovedEvent} values. */
  public static final class Builder extends ImmutableGateSessionApprovedEvent.Builder {}
}
