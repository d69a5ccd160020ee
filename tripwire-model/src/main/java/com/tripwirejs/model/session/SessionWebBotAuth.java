package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The result of Web Bot Auth for a session: whether the agent's signature checked out, and the
 * domain that signed.
 */
@Value.Immutable
public abstract class SessionWebBotAuth implements TripwireObject {

  /** {@return the outcome, such as {@code verified}} Null when there is none. */
  @JsonProperty(value = "status", required = true)
  public abstract @Nullable String status();

  /** {@return the domain that signed, such as {@code browserless.io}} Null when there is none. */
  @JsonProperty(value = "domain", required = true)
  public abstract @Nullable String domain();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionWebBotAuth() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionWebBotAuth} values. */
  public static final class Builder extends ImmutableSessionWebBotAuth.Builder {
    Builder() {}
  }
}
