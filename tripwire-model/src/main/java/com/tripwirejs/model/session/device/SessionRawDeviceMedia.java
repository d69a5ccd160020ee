package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What the media devices API reported. */
@Value.Immutable
public abstract class SessionRawDeviceMedia implements TripwireObject {

  /** {@return the number of media devices} Null when it was not reported. */
  @JsonProperty(value = "device_count", required = true)
  public abstract @Nullable Integer deviceCount();

  /**
   * {@return the number of media devices of each kind, such as {@code audioinput}, {@code
   * audiooutput} and {@code videoinput}}
   */
  @JsonProperty(value = "counts_by_kind", required = true)
  public abstract Map<String, Integer> countsByKind();

  /** {@return the number of devices without a label} Null when it was not reported. */
  @JsonProperty(value = "blank_label_count", required = true)
  public abstract @Nullable Integer blankLabelCount();

  /** {@return the hash of the device list} Null when it was not reported. */
  @JsonProperty(value = "topology_hash", required = true)
  public abstract @Nullable ObservationHash topologyHash();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceMedia() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceMedia} values. */
  public static final class Builder extends ImmutableSessionRawDeviceMedia.Builder {
    Builder() {}
  }
}
