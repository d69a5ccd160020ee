package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The most recent request of a visitor. */
@Value.Immutable
public abstract class VisitorFingerprintLatestRequest implements TripwireObject {

  /** {@return the browser's user agent string} */
  @JsonProperty(value = "user_agent", required = true)
  public abstract String userAgent();

  /** {@return the client's IP address} */
  @JsonProperty(value = "ip_address", required = true)
  public abstract String ipAddress();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintLatestRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintLatestRequest} values. */
  public static final class Builder extends ImmutableVisitorFingerprintLatestRequest.Builder {
    Builder() {}
  }
}
