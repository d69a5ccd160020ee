package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What font detection reported. */
@Value.Immutable
public abstract class SessionRawDeviceFonts implements TripwireObject {

  /** {@return how many of the tested fonts are installed} Null when it was not reported. */
  @JsonProperty(value = "detected_count", required = true)
  public abstract @Nullable Integer detectedCount();

  /** {@return how many fonts were tested} Null when it was not reported. */
  @JsonProperty(value = "tested_count", required = true)
  public abstract @Nullable Integer testedCount();

  /** {@return the hash of the installed fonts} Null when it was not reported. */
  @JsonProperty(value = "enumeration_hash", required = true)
  public abstract @Nullable ObservationHash enumerationHash();

  /** {@return the hash of the font metrics} Null when it was not reported. */
  @JsonProperty(value = "metrics_hash", required = true)
  public abstract @Nullable ObservationHash metricsHash();

  /** {@return the hash of the preferred fonts} Null when it was not reported. */
  @JsonProperty(value = "preferences_hash", required = true)
  public abstract @Nullable ObservationHash preferencesHash();

  /** {@return the hash of the rendered emoji} Null when it was not reported. */
  @JsonProperty(value = "emoji_hash", required = true)
  public abstract @Nullable ObservationHash emojiHash();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceFonts() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceFonts} values. */
  public static final class Builder extends ImmutableSessionRawDeviceFonts.Builder {
    Builder() {}
  }
}
