package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The request a session started from, as webhook events summarize it. Each property is null when
 * the event leaves it out or sends it as null; an explicit null is kept so that the event writes
 * back as it was read.
 */
@Value.Immutable
public abstract class WebhookRequestSummary implements TripwireObject {

  /** {@return the URL of the page} Null when the event has none. */
  @JsonProperty("url")
  public abstract @Nullable String url();

  /** {@return the browser's user agent string} Null when the event has none. */
  @JsonProperty("user_agent")
  public abstract @Nullable String userAgent();

  /** {@return the client's IP address} Null when the event has none. */
  @JsonProperty("ip_address")
  public abstract @Nullable String ipAddress();

  /**
   * {@return the screen size, width by height, such as {@code 1440x900}} Null when the event has
   * none.
   */
  @JsonProperty("screen_size")
  public abstract @Nullable String screenSize();

  /** {@return whether the device supports touch input} Null when the event has none. */
  @JsonProperty("is_touch_capable")
  public abstract @Nullable Boolean isTouchCapable();

  /** {@return the platform, such as {@code macOS}} Null when the event has none. */
  @JsonProperty("platform")
  public abstract @Nullable String platform();

  /** {@return when the visitor was first seen} Null when the event has none. */
  @JsonProperty("first_seen")
  public abstract @Nullable Instant firstSeen();

  /** {@return when the risk was evaluated} Null when the event has none. */
  @JsonProperty("risk_time")
  public abstract @Nullable Instant riskTime();

  /**
   * The optional properties that were present as an explicit JSON {@code null} rather than left
   * out. The API treats both alike; they are kept so that the object writes back exactly as read.
   *
   * @return JSON names of the properties read as explicit null
   */
  @Value.Auxiliary
  public abstract Set<String> explicitNulls();

  // Only the implementation that Immutables generates in this package extends this class.
  WebhookRequestSummary() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookRequestSummary} values. */
  public static final class Builder extends ImmutableWebhookRequestSummary.Builder {
    Builder() {}
  }
}
