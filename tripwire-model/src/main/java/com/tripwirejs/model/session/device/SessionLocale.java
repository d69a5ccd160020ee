package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The time zone and languages of a device. */
@Value.Immutable
public abstract class SessionLocale implements TripwireObject {

  /** {@return the time zone, such as {@code America/Los_Angeles}} Null when it was not reported. */
  @JsonProperty(value = "timezone", required = true)
  public abstract @Nullable String timezone();

  /** {@return the preferred language, such as {@code en-US}} Null when it was not reported. */
  @JsonProperty(value = "primary_language", required = true)
  public abstract @Nullable String primaryLanguage();

  /** {@return the preferred languages in order, such as {@code en-US} and {@code en}} */
  @JsonProperty(value = "languages", required = true)
  public abstract List<String> languages();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionLocale() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionLocale} values. */
  public static final class Builder extends ImmutableSessionLocale.Builder {
    Builder() {}
  }
}
