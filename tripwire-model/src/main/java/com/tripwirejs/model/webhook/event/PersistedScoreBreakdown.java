package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The risk score of a session by category, as a {@code session.result.persisted} event reports it.
 */
@Value.Immutable
public abstract class PersistedScoreBreakdown implements TripwireObject {

  /** {@return the score of each category, as raw JSON} */
  @JsonProperty(value = "categories", required = true)
  public abstract Map<String, JsonNode> categories();

  // Only the implementation that Immutables generates in this package extends this class.
  PersistedScoreBreakdown() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedScoreBreakdown} values. */
  public static final class Builder extends ImmutablePersistedScoreBreakdown.Builder {
    Builder() {}
  }
}
