package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The assessment of a session's behavior ledger: a tier and the findings behind it. */
@Value.Immutable
public abstract class SessionDetailBehaviorAssessment implements TripwireObject {

  /** {@return how strongly the behavior points to automation or fraud} */
  @JsonProperty(value = "tier", required = true)
  public abstract BehaviorTier tier();

  /**
   * {@return the findings in plain language, such as {@code Injected field fill}; empty when there
   * are none}
   */
  @JsonProperty(value = "findings", required = true)
  public abstract List<String> findings();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailBehaviorAssessment() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailBehaviorAssessment} values. */
  public static final class Builder extends ImmutableSessionDetailBehaviorAssessment.Builder {
    Builder() {}
  }
}
