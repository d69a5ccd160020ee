package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** Session Attribution. */
@Value.Immutable
public abstract class SessionAttribution implements TripwireObject {

  /**
   * Labels.
   *
   * @return the labels
   */
  @JsonProperty(value = "labels", required = true)
  public abstract List<SessionAttributionLabel> labels();

  /**
   * Behaviors.
   *
   * @return the behaviors
   */
  @JsonProperty(value = "behaviors", required = true)
  public abstract List<SessionAttributionBehavior> behaviors();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAttribution} values. */
  public static final class Builder extends ImmutableSessionAttribution.Builder {}
}
