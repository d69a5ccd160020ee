package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The page request a session started from. */
@Value.Immutable
public abstract class SessionDetailRequest implements TripwireObject {

  /** {@return the URL of the page} */
  @JsonProperty(value = "url", required = true)
  public abstract String url();

  /** {@return the referring page} Null when there was none. */
  @JsonProperty(value = "referrer", required = true)
  public abstract @Nullable String referrer();

  /** {@return the browser's user agent string} */
  @JsonProperty(value = "user_agent", required = true)
  public abstract String userAgent();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailRequest} values. */
  public static final class Builder extends ImmutableSessionDetailRequest.Builder {
    Builder() {}
  }
}
