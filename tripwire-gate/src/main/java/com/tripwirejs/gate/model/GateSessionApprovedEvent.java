package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A {@code gate.session.approved} webhook event: a person approved a Gate signup to the receiving
 * service, which answers with its outputs encrypted to the agent's key ({@link
 * com.tripwirejs.gate.model.delivery.GateApprovedWebhookResponse}).
 *
 * <p>The core modules read this event type as an {@link
 * com.tripwirejs.model.webhook.event.UnknownWebhookEvent}, since the current API has no Gate; {@code
 * com.tripwirejs.gate.delivery.GateApprovedWebhook} verifies a delivery and reads it as this type.
 */
@Value.Immutable
public abstract class GateSessionApprovedEvent implements TripwireObject {

  /** The event type, {@code gate.session.approved}. */
  public static final WebhookEventType TYPE = WebhookEventType.of("gate.session.approved");

  /**
   * {@return the event id, {@code wevt_...}; the same for every delivery attempt of one event, so
   * use it to drop duplicates}
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the object type, always {@code webhook_event}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_event";
  }

  /** {@return {@link #TYPE}, always} */
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return TYPE;
  }

  /** {@return when the event happened} */
  @JsonProperty(value = "created", required = true)
  public abstract Instant created();

  /** {@return the approved signup} */
  @JsonProperty(value = "data", required = true)
  public abstract GateApprovedWebhookPayload data();

  @Value.Check
  void checkType() {
    if (!TYPE.equals(type())) {
      throw new IllegalArgumentException(
          "A GateSessionApprovedEvent has type \"" + TYPE.value() + "\"");
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
