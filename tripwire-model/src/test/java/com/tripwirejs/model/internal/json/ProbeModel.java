package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.TripwireStyle;
import org.immutables.value.Value;

/** A model class of the tests alone: its binding is written like those of the SDK's own. */
@TripwireStyle
@Value.Immutable
public abstract class ProbeModel implements TripwireObject {

  /** {@return the only property} */
  @JsonProperty(value = "page", required = true)
  public abstract String page();

  ProbeModel() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds probes. */
  public static final class Builder extends ImmutableProbeModel.Builder {
    Builder() {}
  }
}
