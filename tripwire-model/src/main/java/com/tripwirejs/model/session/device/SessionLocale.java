package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Locale. */
@Value.Immutable
public abstract class SessionLocale implements TripwireObject {

  /**
   * Timezone.
   *
   * @return the timezone, or null
   */
  @JsonProperty(value = "timezone", required = true)
  public abstract @Nullable String timezone();

  /**
   * Primary language.
   *
   * @return the primary language, or null
   */
  @JsonProperty(value = "primary_language", required = true)
  public abstract @Nullable String primaryLanguage();

  /**
   * Languages.
   *
   * @return the languages
   */
  @JsonProperty(value = "languages", required = true)
  public abstract List<String> languages();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionLocale} values. */
  public static final class Builder extends ImmutableSessionLocale.Builder {}
}
