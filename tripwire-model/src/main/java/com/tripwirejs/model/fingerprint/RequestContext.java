package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Request Context. */
@Value.Immutable
public abstract class RequestContext implements TripwireObject {

  /**
   * Url.
   *
   * @return the url
   */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /**
   * User agent.
   *
   * @return the user agent
   */
  @JsonProperty(value = "user_agent", required = true)
  public abstract String userAgent();

  /**
   * Ip address.
   *
   * @return the ip address
   */
  @JsonProperty(value = "ip_address", required = true)
  public abstract String ipAddress();

  /**
   * Screen size.
   *
   * @return the screen size, or null
   */
  @JsonProperty(value = "screen_size", required = true)
  public abstract @Nullable String screenSize();

  /**
   * Is touch capable.
   *
   * @return the is touch capable, or null
   */
  @JsonProperty(value = "is_touch_capable", required = true)
  public abstract @Nullable Boolean isTouchCapable();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RequestContext} values. */
  public static final class Builder extends ImmutableRequestContext.Builder {}
}
