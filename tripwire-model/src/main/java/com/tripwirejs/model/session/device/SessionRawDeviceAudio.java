package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What audio processing and speech synthesis reported. */
@Value.Immutable
public abstract class SessionRawDeviceAudio implements TripwireObject {

  /** {@return the hash of the processed audio} Null when it was not reported. */
  @JsonProperty(value = "hash", required = true)
  public abstract @Nullable ObservationHash hash();

  /** {@return the audio sample rate in hertz} Null when it was not reported. */
  @JsonProperty(value = "sample_rate", required = true)
  public abstract @Nullable Double sampleRate();

  /** {@return the number of audio output channels} Null when it was not reported. */
  @JsonProperty(value = "channel_count", required = true)
  public abstract @Nullable Integer channelCount();

  /** {@return the number of speech synthesis voices} Null when it was not reported. */
  @JsonProperty(value = "voice_count", required = true)
  public abstract @Nullable Integer voiceCount();

  /**
   * {@return the number of speech synthesis voices installed locally} Null when it was not
   * reported.
   */
  @JsonProperty(value = "local_voice_count", required = true)
  public abstract @Nullable Integer localVoiceCount();

  /**
   * {@return the language of the default voice, such as {@code en-US}} Null when it was not
   * reported.
   */
  @JsonProperty(value = "default_voice_lang", required = true)
  public abstract @Nullable String defaultVoiceLang();

  /**
   * {@return whether the audio carries random noise, as anti-fingerprinting tools add} Null when it
   * was not reported.
   */
  @JsonProperty(value = "noise_detected", required = true)
  public abstract @Nullable Boolean noiseDetected();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceAudio() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceAudio} values. */
  public static final class Builder extends ImmutableSessionRawDeviceAudio.Builder {
    Builder() {}
  }
}
