package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Web Bot Auth. */
@Value.Immutable
public abstract class SessionWebBotAuth implements TripwireObject {

  /**
   * Status.
   *
   * @return the status, or null
   */
  @JsonProperty(value = "status", required = true)
  public abstract @Nullable String status();

  /**
   * Domain.
   *
   * @return the domain, or null
   */
  @JsonProperty(value = "domain", required = true)
  public abstract @Nullable String domain();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionWebBotAuth} values. */
  public static final class Builder extends ImmutableSessionWebBotAuth.Builder {}
}
