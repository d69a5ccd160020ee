package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Persisted Scoring Event. */
@Value.Immutable
public abstract class PersistedScoringEvent implements TripwireObject {

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Scoring event id.
   *
   * @return the scoring event id
   */
  @JsonProperty(value = "scoring_event_id", required = true)
  public abstract String scoringEventId();

  /**
   * Phase.
   *
   * @return the phase, or null
   */
  @JsonProperty(value = "phase", required = true)
  public abstract @Nullable String phase();

  /**
   * Is provisional.
   *
   * @return the is provisional, or null
   */
  @JsonProperty(value = "is_provisional", required = true)
  public abstract @Nullable Boolean isProvisional();

  /**
   * Persisted at.
   *
   * @return the persisted at
   */
  @JsonProperty(value = "persisted_at", required = true)
  public abstract Instant persistedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedScoringEvent} values. */
  public static final class Builder extends ImmutablePersistedScoringEvent.Builder {}
}
