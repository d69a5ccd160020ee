package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that updates a webhook endpoint: only the properties that are set change, and new event
 * types replace the current subscriptions. Needs a secret key with the {@code webhooks:manage}
 * scope.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when no property is set, the name is blank, the URL
 * is not an absolute URI, or the event types are empty or include {@link
 * WebhookEventType#WEBHOOK_TEST}.
 */
@Value.Immutable
public abstract class UpdateWebhookEndpointRequest implements TripwireObject {

  /** {@return the new display name} Null leaves it unchanged. */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /** {@return the new URL, an absolute URI} Null leaves it unchanged. */
  @JsonProperty("url")
  public abstract @Nullable String url();

  /** {@return the new status, to disable or enable the endpoint} Null leaves it unchanged. */
  @JsonProperty("status")
  public abstract @Nullable WebhookEndpointStatus status();

  /**
   * {@return the event types that replace the current subscriptions, at least one} Null leaves them
   * unchanged.
   */
  @JsonProperty("event_types")
  public abstract @Nullable List<WebhookEventType> eventTypes();

  @Value.Check
  void check() {
    RequestChecks.anySet(
        name() != null
            || url() != null
            || status() != null
            || eventTypes() != null
            || !unknownProperties().isEmpty(),
        "name, url, status, event_types");
    RequestChecks.nonBlank(name(), "name", "give the endpoint a name, or leave name unset");
    RequestChecks.absoluteUri(url(), "url");
    RequestChecks.notEmpty(
        eventTypes(),
        "event_types",
        "subscribe the endpoint to at least one event type, or leave event_types unset to keep the"
            + " current subscriptions; to stop deliveries, set status to disabled");
    WebhookEndpointChecks.subscribable(eventTypes());
  }

  // Only the implementation that Immutables generates in this package extends this class.
  UpdateWebhookEndpointRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateWebhookEndpointRequest} values. */
  public static final class Builder extends ImmutableUpdateWebhookEndpointRequest.Builder {
    Builder() {}
  }
}
