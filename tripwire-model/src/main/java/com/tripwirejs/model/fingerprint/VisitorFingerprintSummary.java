package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Visitor Fingerprint Summary. */
@Value.Immutable
public abstract class VisitorFingerprintSummary implements TripwireObject {

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
   * Lifecycle.
   *
   * @return the lifecycle
   */
  @JsonProperty(value = "lifecycle", required = true)
  public abstract VisitorFingerprintLifecycle lifecycle();

  /**
   * Latest request.
   *
   * @return the latest request
   */
  @JsonProperty(value = "latest_request", required = true)
  public abstract VisitorFingerprintLatestRequest latestRequest();

  /**
   * Storage.
   *
   * @return the storage
   */
  @JsonProperty(value = "storage", required = true)
  public abstract VisitorFingerprintStorage storage();

  /**
   * Anchors.
   *
   * @return the anchors
   */
  @JsonProperty(value = "anchors", required = true)
  public abstract VisitorFingerprintAnchors anchors();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintSummary} values. */
  public static final class Builder extends ImmutableVisitorFingerprintSummary.Builder {}
}
