package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;

/**
 * A {@code session.fingerprint.calculated} event: the visitor fingerprint of a session was
 * calculated.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class SessionFingerprintCalculatedEvent implements WebhookEvent {

  /** {@return {@link WebhookEventType#SESSION_FINGERPRINT_CALCULATED}, always} */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return WebhookEventType.SESSION_FINGERPRINT_CALCULATED;
  }

  /** {@return the session and its visitor fingerprint} */
  @JsonProperty(value = "data", required = true)
  public abstract SessionFingerprintCalculatedPayload data();

  @Value.Check
  void checkType() {
    if (!WebhookEventType.SESSION_FINGERPRINT_CALCULATED.equals(type())) {
      throw new IllegalArgumentException(
          "A SessionFingerprintCalculatedEvent has type \""
              + WebhookEventType.SESSION_FINGERPRINT_CALCULATED
              + "\"");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  SessionFingerprintCalculatedEvent() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionFingerprintCalculatedEvent} values. */
  public static final class Builder extends ImmutableSessionFingerprintCalculatedEvent.Builder {
    Builder() {}
  }
}
