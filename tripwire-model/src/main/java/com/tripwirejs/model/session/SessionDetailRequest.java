package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Detail Request. */
@Value.Immutable
public abstract class SessionDetailRequest implements TripwireObject {

  /**
   * Url.
   *
   * @return the url
   */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /**
   * Referrer.
   *
   * @return the referrer, or null
   */
  @JsonProperty(value = "referrer", required = true)
  public abstract @Nullable String referrer();

  /**
   * User agent.
   *
   * @return the user agent
   */
  @JsonProperty(value = "user_agent", required = true)
  public abstract String userAgent();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailRequest} values. */
  public static final class Builder extends ImmutableSessionDetailRequest.Builder {}
}
