package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who or what a session is attributed to: labels for the actor, tools and providers, and the
 * behaviors observed.
 */
@Value.Immutable
public abstract class SessionAttribution implements TripwireObject {

  /**
   * {@return the attribution labels, such as the actor {@code automation} or the tool {@code
   * playwright}}
   */
  @JsonProperty(value = "labels", required = true)
  public abstract List<SessionAttributionLabel> labels();

  /** {@return the behaviors observed, such as synthetic typing} */
  @JsonProperty(value = "behaviors", required = true)
  public abstract List<SessionAttributionBehavior> behaviors();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionAttribution() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAttribution} values. */
  public static final class Builder extends ImmutableSessionAttribution.Builder {
    Builder() {}
  }
}
