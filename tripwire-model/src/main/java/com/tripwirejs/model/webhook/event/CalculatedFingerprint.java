package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The visitor fingerprint calculated for a session. */
@Value.Immutable
public abstract class CalculatedFingerprint implements TripwireObject {

  /** {@return the visitor fingerprint id, {@code vid_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * {@return the confidence that the session belongs to this visitor, from 0 to 100} Null when
   * there is no confidence value.
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract @Nullable Integer confidence();

  /** {@return when the visitor was identified} */
  @JsonProperty(value = "identified_at", required = true)
  public abstract Instant identifiedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  CalculatedFingerprint() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalculatedFingerprint} values. */
  public static final class Builder extends ImmutableCalculatedFingerprint.Builder {
    Builder() {}
  }
}
