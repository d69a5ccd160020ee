package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;

/**
 * A {@code gate.session.approved} event: a person approved a Gate signup to the receiving service,
 * which answers with its outputs encrypted to the agent's key ({@link
 * com.tripwirejs.model.gate.delivery.GateApprovedWebhookResponse}).
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class GateSessionApprovedEvent implements WebhookEvent {

  /** {@return {@link WebhookEventType#GATE_SESSION_APPROVED}, always} */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return WebhookEventType.GATE_SESSION_APPROVED;
  }

  /** {@return the approved signup} */
  @JsonProperty(value = "data", required = true)
  public abstract GateApprovedWebhookPayload data();

  @Value.Check
  void checkType() {
    if (!WebhookEventType.GATE_SESSION_APPROVED.equals(type())) {
      throw new IllegalArgumentException(
          "A GateSessionApprovedEvent has type \"" + WebhookEventType.GATE_SESSION_APPROVED + "\"");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  GateSessionApprovedEvent() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateSessionApprovedEvent} values. */
  public static final class Builder extends ImmutableGateSessionApprovedEvent.Builder {
    Builder() {}
  }
}
