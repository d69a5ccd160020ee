package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Webhook Request Summary. */
@Value.Immutable
public abstract class WebhookRequestSummary implements TripwireObject {

  /**
   * Url.
   *
   * @return the url, or null
   */
  @JsonProperty("url")
  public abstract @Nullable String url();

  /**
   * User agent.
   *
   * @return the user agent, or null
   */
  @JsonProperty("user_agent")
  public abstract @Nullable String userAgent();

  /**
   * Ip address.
   *
   * @return the ip address, or null
   */
  @JsonProperty("ip_address")
  public abstract @Nullable String ipAddress();

  /**
   * Screen size.
   *
   * @return the screen size, or null
   */
  @JsonProperty("screen_size")
  public abstract @Nullable String screenSize();

  /**
   * Is touch capable.
   *
   * @return the is touch capable, or null
   */
  @JsonProperty("is_touch_capable")
  public abstract @Nullable Boolean isTouchCapable();

  /**
   * Platform.
   *
   * @return the platform, or null
   */
  @JsonProperty("platform")
  public abstract @Nullable String platform();

  /**
   * First seen.
   *
   * @return the first seen, or null
   */
  @JsonProperty("first_seen")
  public abstract @Nullable Instant firstSeen();

  /**
   * Risk time.
   *
   * @return the risk time, or null
   */
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

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookRequestSummary} values. */
  public static final class Builder extends ImmutableWebhookRequestSummary.Builder {}
}
