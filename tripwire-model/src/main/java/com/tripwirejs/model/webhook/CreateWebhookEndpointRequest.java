package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body that creates a webhook endpoint. Needs a secret key with the {@code webhooks:manage}
 * scope; the answer carries the endpoint's signing secret, the only time besides a rotation that it
 * is shown.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when the name is blank, the URL is not an absolute
 * URI, or the event types are empty or include {@link WebhookEventType#WEBHOOK_TEST}.
 */
@Value.Immutable
public abstract class CreateWebhookEndpointRequest implements TripwireObject {

  /** {@return the endpoint's display name; not blank} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return the URL to deliver events to, an absolute URI} */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /** {@return the event types to subscribe to, at least one} */
  @JsonProperty(value = "event_types", required = true)
  public abstract List<WebhookEventType> eventTypes();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(name(), "name", "give the endpoint a name");
    RequestChecks.absoluteUri(url(), "url");
    RequestChecks.notEmpty(
        eventTypes(), "event_types", "subscribe the endpoint to at least one event type");
    WebhookEndpointChecks.subscribable(eventTypes());
  }

  // Only the implementation that Immutables generates in this package extends this class.
  CreateWebhookEndpointRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateWebhookEndpointRequest} values. */
  public static final class Builder extends ImmutableCreateWebhookEndpointRequest.Builder {
    Builder() {}
  }
}
