package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A URL of the organization's to which Tripwire delivers signed webhook events of the types it
 * subscribes to. Reading endpoints needs a secret key with the {@code webhooks:read} scope.
 */
@Value.Immutable
public abstract class WebhookEndpoint implements TripwireObject {

  /** {@return the object type, always {@code webhook_endpoint}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_endpoint";
  }

  /** {@return the endpoint id, {@code we_} and 32 hex digits} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the endpoint's display name} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return the URL that receives the events} */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /** {@return whether the endpoint receives events} */
  @JsonProperty(value = "status", required = true)
  public abstract WebhookEndpointStatus status();

  /** {@return the event types the endpoint subscribes to} */
  @JsonProperty(value = "event_types", required = true)
  public abstract List<WebhookEventType> eventTypes();

  /**
   * {@return the secret that signs the endpoint's deliveries, such as {@code whsec_...}} Null
   * except when the endpoint was just created or its secret rotated: the API returns the secret
   * only then, so store it.
   */
  @JsonProperty("signing_secret")
  public abstract @Nullable Secret signingSecret();

  /** {@return when the endpoint was created} */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /** {@return when the endpoint was last updated} */
  @JsonProperty(value = "updated_at", required = true)
  public abstract Instant updatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  WebhookEndpoint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookEndpoint} values. */
  public static final class Builder extends ImmutableWebhookEndpoint.Builder {
    Builder() {}
  }
}
