package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/**
 * The behavior ledger of a session: an assessment of how the visitor filled in the page's form
 * fields, the ledger of each field, and how many fields were tracked. Sessions have one only when
 * behavior-ledger access is enabled for the organization.
 */
@Value.Immutable
public abstract class SessionDetailBehavior implements TripwireObject {

  /** {@return the assessment of the whole: a tier and findings in plain language} */
  @JsonProperty(value = "assessment", required = true)
  public abstract SessionDetailBehaviorAssessment assessment();

  /** {@return the ledger of each tracked form field, in page order} */
  @JsonProperty(value = "fields", required = true)
  public abstract List<SessionDetailBehaviorField> fields();

  /** {@return how many form fields were tracked, and whether the ledger is complete} */
  @JsonProperty(value = "coverage", required = true)
  public abstract SessionDetailBehaviorCoverage coverage();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailBehavior() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailBehavior} values. */
  public static final class Builder extends ImmutableSessionDetailBehavior.Builder {
    Builder() {}
  }
}
