package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/**
 * A visitor fingerprint as the fingerprint list shows it. Listing fingerprints needs a secret key
 * with the {@code fingerprints:list} scope.
 */
@Value.Immutable
public abstract class VisitorFingerprintSummary implements TripwireObject {

  /** {@return the object type, always {@code visitor_fingerprint}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "visitor_fingerprint";
  }

  /** {@return the visitor fingerprint id, {@code vid_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * {@return when the visitor was first and last seen, how often, and when the fingerprint expires}
   */
  @JsonProperty(value = "lifecycle", required = true)
  public abstract VisitorFingerprintLifecycle lifecycle();

  /** {@return the visitor's most recent request} */
  @JsonProperty(value = "latest_request", required = true)
  public abstract VisitorFingerprintLatestRequest latestRequest();

  /** {@return the browser storage mechanisms seen for the visitor} */
  @JsonProperty(value = "storage", required = true)
  public abstract VisitorFingerprintStorage storage();

  /** {@return the stable hashes the fingerprint is anchored on} */
  @JsonProperty(value = "anchors", required = true)
  public abstract VisitorFingerprintAnchors anchors();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintSummary() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintSummary} values. */
  public static final class Builder extends ImmutableVisitorFingerprintSummary.Builder {
    Builder() {}
  }
}
