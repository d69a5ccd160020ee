package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Audio. */
@Value.Immutable
public abstract class SessionRawDeviceAudio implements TripwireObject {

  /**
   * Hash.
   *
   * @return the hash, or null
   */
  @JsonProperty(value = "hash", required = true)
  public abstract @Nullable ObservationHash hash();

  /**
   * Sample rate.
   *
   * @return the sample rate, or null
   */
  @JsonProperty(value = "sample_rate", required = true)
  public abstract @Nullable Double sampleRate();

  /**
   * Channel count.
   *
   * @return the channel count, or null
   */
  @JsonProperty(value = "channel_count", required = true)
  public abstract @Nullable Integer channelCount();

  /**
   * Voice count.
   *
   * @return the voice count, or null
   */
  @JsonProperty(value = "voice_count", required = true)
  public abstract @Nullable Integer voiceCount();

  /**
   * Local voice count.
   *
   * @return the local voice count, or null
   */
  @JsonProperty(value = "local_voice_count", required = true)
  public abstract @Nullable Integer localVoiceCount();

  /**
   * Default voice lang.
   *
   * @return the default voice lang, or null
   */
  @JsonProperty(value = "default_voice_lang", required = true)
  public abstract @Nullable String defaultVoiceLang();

  /**
   * Noise detected.
   *
   * @return the noise detected, or null
   */
  @JsonProperty(value = "noise_detected", required = true)
  public abstract @Nullable Boolean noiseDetected();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceAudio} values. */
  public static final class Builder extends ImmutableSessionRawDeviceAudio.Builder {}
}
