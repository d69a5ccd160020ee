package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.webhook.WebhookEventType;
import org.immutables.value.Value;

/**
 * A {@code session.result.persisted} event: the result of a session, its decision and the evidence
 * behind it, was stored.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class SessionResultPersistedEvent implements WebhookEvent {

  /** {@return {@link WebhookEventType#SESSION_RESULT_PERSISTED}, always} */
  @Override
  @JsonProperty(value = "type", required = true)
  @Value.Default
  public WebhookEventType type() {
    return WebhookEventType.SESSION_RESULT_PERSISTED;
  }

  /** {@return the session's result} */
  @JsonProperty(value = "data", required = true)
  public abstract SessionResultPersistedPayload data();

  @Value.Check
  void checkType() {
    if (!WebhookEventType.SESSION_RESULT_PERSISTED.equals(type())) {
      throw new IllegalArgumentException(
          "A SessionResultPersistedEvent has type \""
              + WebhookEventType.SESSION_RESULT_PERSISTED
              + "\"");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  SessionResultPersistedEvent() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionResultPersistedEvent} values. */
  public static final class Builder extends ImmutableSessionResultPersistedEvent.Builder {
    Builder() {}
  }
}
