package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A webhook event as Tripwire delivers it: the envelope {@code {id, object, type, created, data}}
 * read as the variant its {@link #type()} names.
 *
 * <p>The variants are the event types of the API and {@link UnknownWebhookEvent}, which carries the
 * raw data of any other type: one added after this SDK version, or one that only an older
 * generation of the API delivers ({@code session.fingerprint.calculated}; {@code
 * gate.session.approved}, which the {@code tripwire-gate} module reads), so such an event never
 * makes an existing receiver fail. Switch over the sealed variants to handle each type.
 */
@JsonDeserialize(using = WebhookEventDeserializer.class)
public sealed interface WebhookEvent extends TripwireObject
    permits SessionResultPersistedEvent,
        WebhookTestEvent,
        UnknownWebhookEvent {

  /**
   * {@return the event id, {@code wevt_...}; the same for every delivery attempt of one event, so
   * use it to drop duplicates}
   */
  @JsonProperty(value = "id", required = true)
  String id();

  /** {@return the object type, always {@code webhook_event}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  default String object() {
    return "webhook_event";
  }

  /** {@return the event's type} */
  @JsonProperty(value = "type", required = true)
  WebhookEventType type();

  /** {@return when the event happened} */
  @JsonProperty(value = "created", required = true)
  Instant created();
}
