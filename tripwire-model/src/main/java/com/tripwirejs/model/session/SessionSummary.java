package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.fingerprint.VisitorFingerprintLink;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Summary. */
@Value.Immutable
public abstract class SessionSummary implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Created at.
   *
   * @return the created at, or null
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract @Nullable Instant createdAt();

  /**
   * Latest decision.
   *
   * @return the latest decision
   */
  @JsonProperty(value = "latest_decision", required = true)
  public abstract Decision latestDecision();

  /**
   * Visitor fingerprint.
   *
   * @return the visitor fingerprint, or null
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable VisitorFingerprintLink visitorFingerprint();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionSummary} values. */
  public static final class Builder extends ImmutableSessionSummary.Builder {}
}
