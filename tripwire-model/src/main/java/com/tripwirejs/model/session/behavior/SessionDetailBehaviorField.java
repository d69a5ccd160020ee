package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How one form field was filled in: which field (by a hash of its identity, its display name and
 * role), how the value got there, how that reads, and the mechanics measured.
 */
@Value.Immutable
public abstract class SessionDetailBehaviorField implements TripwireObject {

  /** {@return a hash that identifies the field across sessions without naming it} */
  @JsonProperty(value = "field_hash", required = true)
  public abstract double fieldHash();

  /**
   * {@return the label of the field, such as {@code Phone number}} Null when the field has none.
   */
  @JsonProperty(value = "display_name", required = true)
  public abstract @Nullable String displayName();

  /** {@return what the field is for, such as {@code phone} or {@code email}} */
  @JsonProperty(value = "field_role", required = true)
  public abstract String fieldRole();

  /**
   * {@return how the value got into the field: typed, pasted, autofilled, at machine speed, ...}
   */
  @JsonProperty(value = "entry_mode", required = true)
  public abstract BehaviorEntryMode entryMode();

  /** {@return how the entry reads, from ordinary manual entry to a risk} */
  @JsonProperty(value = "tone", required = true)
  public abstract BehaviorTone tone();

  /** {@return the counts and timings measured in the field} */
  @JsonProperty(value = "mechanics", required = true)
  public abstract SessionDetailBehaviorFieldMechanics mechanics();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailBehaviorField() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailBehaviorField} values. */
  public static final class Builder extends ImmutableSessionDetailBehaviorField.Builder {
    Builder() {}
  }
}
