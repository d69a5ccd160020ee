package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Detail Visitor Fingerprint. */
@Value.Immutable
public abstract class SessionDetailVisitorFingerprint implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "visitor_fingerprint";
  }

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
   * @return the identified at, or null
   */
  @JsonProperty(value = "identified_at", required = true)
  public abstract @Nullable Instant identifiedAt();

  /**
   * Lifecycle.
   *
   * @return the lifecycle
   */
  @JsonProperty(value = "lifecycle", required = true)
  public abstract SessionDetailVisitorFingerprintLifecycle lifecycle();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailVisitorFingerprint} values. */
  public static final class Builder extends ImmutableSessionDetailVisitorFingerprint.Builder {}
}
