package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Persisted Signal. */
@Value.Immutable
public abstract class PersistedSignal implements TripwireObject {

  /**
   * Id.
   *
   * @return the id, or null
   */
  @JsonProperty("id")
  public abstract @Nullable String id();

  /**
   * Category.
   *
   * @return the category, or null
   */
  @JsonProperty("category")
  public abstract @Nullable String category();

  /**
   * Confidence.
   *
   * @return the confidence, or null
   */
  @JsonProperty("confidence")
  public abstract @Nullable String confidence();

  /**
   * Score.
   *
   * @return the score, or null
   */
  @JsonProperty("score")
  public abstract @Nullable Double score();

  /**
   * Role.
   *
   * @return the role, or null
   */
  @JsonProperty("role")
  public abstract @Nullable String role();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedSignal} values. */
  public static final class Builder extends ImmutablePersistedSignal.Builder {}
}
