package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The evaluation whose result a {@code session.result.persisted} event reports. */
@Value.Immutable
public abstract class PersistedScoringEvent implements TripwireObject {

  /** {@return the evaluation's id, {@code evt_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the id of the scoring event} */
  @JsonProperty(value = "scoring_event_id", required = true)
  public abstract String scoringEventId();

  /** {@return the phase of analysis, such as {@code behavioral}} Null when the event has none. */
  @JsonProperty(value = "phase", required = true)
  public abstract @Nullable String phase();

  /** {@return whether the decision may still change} Null when the event does not say. */
  @JsonProperty(value = "is_provisional", required = true)
  public abstract @Nullable Boolean isProvisional();

  /** {@return when the result was stored} */
  @JsonProperty(value = "persisted_at", required = true)
  public abstract Instant persistedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  PersistedScoringEvent() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedScoringEvent} values. */
  public static final class Builder extends ImmutablePersistedScoringEvent.Builder {
    Builder() {}
  }
}
