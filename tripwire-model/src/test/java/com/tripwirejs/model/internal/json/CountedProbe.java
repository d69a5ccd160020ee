package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.TripwireStyle;
import org.immutables.value.Value;

/**
 * A model class that only {@link ModelMetadataTest} reads and writes, so that its use counts start
 * at zero there whatever other tests ran first.
 */
@TripwireStyle
@Value.Immutable
public abstract class CountedProbe implements TripwireObject {

  /** {@return the only property} */
  @JsonProperty(value = "page", required = true)
  public abstract String page();

  CountedProbe() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds probes. */
  public static final class Builder extends ImmutableCountedProbe.Builder {
    Builder() {}
  }
}
