package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Who or what a session is attributed to, as a {@code session.result.persisted} event reports it.
 * Further properties stay in {@link #unknownProperties()}.
 */
@Value.Immutable
public abstract class PersistedAttribution implements TripwireObject {

  /**
   * {@return the attribution to a bot, as raw JSON} Null when the event leaves it out or sends it
   * as null; an explicit null is kept so that the event writes back as it was read.
   */
  @JsonProperty("bot")
  public abstract @Nullable Map<String, JsonNode> bot();

  /**
   * The optional properties that were present as an explicit JSON {@code null} rather than left
   * out. The API treats both alike; they are kept so that the object writes back exactly as read.
   *
   * @return JSON names of the properties read as explicit null
   */
  @Value.Auxiliary
  public abstract Set<String> explicitNulls();

  // Only the implementation that Immutables generates in this package extends this class.
  PersistedAttribution() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedAttribution} values. */
  public static final class Builder extends ImmutablePersistedAttribution.Builder {
    Builder() {}
  }
}
