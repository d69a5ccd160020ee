package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Fonts. */
@Value.Immutable
public abstract class SessionRawDeviceFonts implements TripwireObject {

  /**
   * Detected count.
   *
   * @return the detected count, or null
   */
  @JsonProperty(value = "detected_count", required = true)
  public abstract @Nullable Integer detectedCount();

  /**
   * Tested count.
   *
   * @return the tested count, or null
   */
  @JsonProperty(value = "tested_count", required = true)
  public abstract @Nullable Integer testedCount();

  /**
   * Enumeration hash.
   *
   * @return the enumeration hash, or null
   */
  @JsonProperty(value = "enumeration_hash", required = true)
  public abstract @Nullable ObservationHash enumerationHash();

  /**
   * Metrics hash.
   *
   * @return the metrics hash, or null
   */
  @JsonProperty(value = "metrics_hash", required = true)
  public abstract @Nullable ObservationHash metricsHash();

  /**
   * Preferences hash.
   *
   * @return the preferences hash, or null
   */
  @JsonProperty(value = "preferences_hash", required = true)
  public abstract @Nullable ObservationHash preferencesHash();

  /**
   * Emoji hash.
   *
   * @return the emoji hash, or null
   */
  @JsonProperty(value = "emoji_hash", required = true)
  public abstract @Nullable ObservationHash emojiHash();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceFonts} values. */
  public static final class Builder extends ImmutableSessionRawDeviceFonts.Builder {}
}
