package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Highlight. */
@Value.Immutable
public abstract class SessionHighlight implements TripwireObject {

  /**
   * Key.
   *
   * @return the key
   */
  @JsonProperty(value = "key", required = true)
  public abstract String key();

  /**
   * Effect.
   *
   * @return the effect
   */
  @JsonProperty(value = "effect", required = true)
  public abstract HighlightEffect effect();

  /**
   * Importance.
   *
   * @return the importance
   */
  @JsonProperty(value = "importance", required = true)
  public abstract HighlightImportance importance();

  /**
   * Summary.
   *
   * @return the summary
   */
  @JsonProperty(value = "summary", required = true)
  public abstract String summary();

  /**
   * Evidence.
   *
   * @return the evidence, or null
   */
  @JsonProperty("evidence")
  public abstract @Nullable List<SessionHighlightEvidence> evidence();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionHighlight} values. */
  public static final class Builder extends ImmutableSessionHighlight.Builder {}
}
