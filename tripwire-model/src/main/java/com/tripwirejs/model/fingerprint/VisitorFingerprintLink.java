package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A reference to the visitor fingerprint a session was attributed to. */
@Value.Immutable
public abstract class VisitorFingerprintLink implements TripwireObject {

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
   * {@return the confidence that the session belongs to this visitor, from 0 to 100} Null when
   * there is no confidence value.
   */
  @JsonProperty(value = "confidence", required = true)
  public abstract @Nullable Integer confidence();

  /**
   * {@return when the visitor was identified in the session} Null when the API has no time for it.
   */
  @JsonProperty(value = "identified_at", required = true)
  public abstract @Nullable Instant identifiedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintLink() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintLink} values. */
  public static final class Builder extends ImmutableVisitorFingerprintLink.Builder {
    Builder() {}
  }
}
