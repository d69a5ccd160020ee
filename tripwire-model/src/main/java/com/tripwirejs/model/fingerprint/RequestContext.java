package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The request a session of a visitor started from. */
@Value.Immutable
public abstract class RequestContext implements TripwireObject {

  /** {@return the URL of the page} */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /** {@return the browser's user agent string} */
  @JsonProperty(value = "user_agent", required = true)
  public abstract String userAgent();

  /** {@return the client's IP address} */
  @JsonProperty(value = "ip_address", required = true)
  public abstract String ipAddress();

  /**
   * {@return the screen size, width by height, such as {@code 1440x900}} Null when it was not
   * reported.
   */
  @JsonProperty(value = "screen_size", required = true)
  public abstract @Nullable String screenSize();

  /** {@return whether the device supports touch input} Null when it was not reported. */
  @JsonProperty(value = "is_touch_capable", required = true)
  public abstract @Nullable Boolean isTouchCapable();

  // Only the implementation that Immutables generates in this package extends this class.
  RequestContext() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RequestContext} values. */
  public static final class Builder extends ImmutableRequestContext.Builder {
    Builder() {}
  }
}
