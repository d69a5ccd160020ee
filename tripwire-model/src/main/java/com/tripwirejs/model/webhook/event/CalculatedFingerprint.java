package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Calculated Fingerprint. */
@Value.Immutable
public abstract class CalculatedFingerprint implements TripwireObject {

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Confidence.
   *
   * @return the confidence, or null
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract @Nullable Integer confidence();

  /**
   * Identified at.
   *
   * @return the identified at
   */
  @JsonProperty(value = "identified_at", required = true)
  public abstract Instant identifiedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalculatedFingerprint} values. */
  public static final class Builder extends ImmutableCalculatedFingerprint.Builder {}
}
