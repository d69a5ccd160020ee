package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The counts and timings measured in one form field. */
@Value.Immutable
public abstract class SessionDetailBehaviorFieldMechanics implements TripwireObject {

  /** {@return the number of input events} */
  @JsonProperty(value = "input_count", required = true)
  public abstract double inputCount();

  /** {@return the number of characters typed} */
  @JsonProperty(value = "typed_chars", required = true)
  public abstract double typedChars();

  /** {@return the number of pastes} */
  @JsonProperty(value = "paste_count", required = true)
  public abstract double pasteCount();

  /** {@return the number of corrections, such as deletions} */
  @JsonProperty(value = "correction_count", required = true)
  public abstract double correctionCount();

  /** {@return the time spent in the field, in milliseconds} */
  @JsonProperty(value = "dwell_ms", required = true)
  public abstract double dwellMs();

  /**
   * {@return the median time between keystrokes, in milliseconds} Null when too few keys were
   * typed.
   */
  @JsonProperty(value = "median_interval_ms", required = true)
  public abstract @Nullable Double medianIntervalMs();

  /**
   * {@return the coefficient of variation of the times between keystrokes} Null when too few keys
   * were typed.
   */
  @JsonProperty(value = "interval_cv", required = true)
  public abstract @Nullable Double intervalCv();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetailBehaviorFieldMechanics() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetailBehaviorFieldMechanics} values. */
  public static final class Builder extends ImmutableSessionDetailBehaviorFieldMechanics.Builder {
    Builder() {}
  }
}
