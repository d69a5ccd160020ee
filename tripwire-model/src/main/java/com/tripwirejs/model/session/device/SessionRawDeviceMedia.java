package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Media. */
@Value.Immutable
public abstract class SessionRawDeviceMedia implements TripwireObject {

  /**
   * Device count.
   *
   * @return the device count, or null
   */
  @JsonProperty(value = "device_count", required = true)
  public abstract @Nullable Integer deviceCount();

  /**
   * Counts by kind.
   *
   * @return the counts by kind
   */
  @JsonProperty(value = "counts_by_kind", required = true)
  public abstract Map<String, Integer> countsByKind();

  /**
   * Blank label count.
   *
   * @return the blank label count, or null
   */
  @JsonProperty(value = "blank_label_count", required = true)
  public abstract @Nullable Integer blankLabelCount();

  /**
   * Topology hash.
   *
   * @return the topology hash, or null
   */
  @JsonProperty(value = "topology_hash", required = true)
  public abstract @Nullable ObservationHash topologyHash();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceMedia} values. */
  public static final class Builder extends ImmutableSessionRawDeviceMedia.Builder {}
}
