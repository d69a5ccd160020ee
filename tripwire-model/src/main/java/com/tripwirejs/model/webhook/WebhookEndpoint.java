package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Webhook Endpoint. */
@Value.Immutable
public abstract class WebhookEndpoint implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "webhook_endpoint";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Url.
   *
   * @return the url
   */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract WebhookEndpointStatus status();

  /**
   * Event types.
   *
   * @return the event types
   */
  @JsonProperty(value = "event_types", required = true)
  public abstract List<WebhookEventType> eventTypes();

  /**
   * Signing secret.
   *
   * @return the signing secret, or null
   */
  @JsonProperty("signing_secret")
  public abstract @Nullable Secret signingSecret();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * Updated at.
   *
   * @return the updated at
   */
  @JsonProperty(value = "updated_at", required = true)
  public abstract Instant updatedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookEndpoint} values. */
  public static final class Builder extends ImmutableWebhookEndpoint.Builder {}
}
