package com.tripwirejs.model.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A detection signal behind the decision a {@code session.result.persisted} event reports. Its
 * properties are optional; further properties stay in {@link #unknownProperties()}.
 */
@Value.Immutable
public abstract class PersistedSignal implements TripwireObject {

  /** {@return the signal's id} Null when the event leaves it out. */
  @JsonProperty("id")
  public abstract @Nullable String id();

  /**
   * {@return the signal's category, such as {@code environment}} Null when the event leaves it out.
   */
  @JsonProperty("category")
  public abstract @Nullable String category();

  /**
   * {@return the confidence of the signal, such as {@code exact}} Null when the event leaves it
   * out.
   */
  @JsonProperty("confidence")
  public abstract @Nullable String confidence();

  /** {@return the signal's score} Null when the event leaves it out. */
  @JsonProperty("score")
  public abstract @Nullable Double score();

  /**
   * {@return the signal's role in the decision, such as {@code owner}} Null when the event leaves
   * it out.
   */
  @JsonProperty("role")
  public abstract @Nullable String role();

  // Only the implementation that Immutables generates in this package extends this class.
  PersistedSignal() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistedSignal} values. */
  public static final class Builder extends ImmutablePersistedSignal.Builder {
    Builder() {}
  }
}
