package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;

/**
 * A {@code session.fingerprint.calculated} event: the visitor fingerprint of a session was
 * computed.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class SessionFingerprintCalculatedEvent implements WebhookEvent {

  /**
   * Always {@link WebhookEventType#SESSION_FINGERPRINT_CALCULATED}.
   *
   * @return the event type
   */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return WebhookEventType.SESSION_FINGERPRINT_CALCULATED;
  }

  /**
   * The event data.
   *
   * @return the payload
   */
  @JsonProperty(value = "data", required = true)
  public abstract SessionFingerprintCalculatedPayload data();

  @Value.Check
  void checkType() {
    if (!WebhookEventType.SESSION_FINGERPRINT_CALCULATED.equals(type())) {
      throw new IllegalArgumentException("A SessionFingerprintCalculatedEvent has type \"" + WebhookEventType.SESSION_FINGERPRINT_CALCULATED + "\"");
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

  /** Builds {@link SessionFingerprintCalculatedEvent} values. */
  public static final class Builder extends ImmutableSessionFingerprintCalculatedEvent.Builder {}
}
