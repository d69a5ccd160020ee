package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The components a visitor fingerprint is computed from. */
@Value.Immutable
public abstract class VisitorFingerprintComponents implements TripwireObject {

  /** {@return the fingerprint's component vector} */
  @JsonProperty(value = "vector", required = true)
  public abstract List<Double> vector();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintComponents() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintComponents} values. */
  public static final class Builder extends ImmutableVisitorFingerprintComponents.Builder {
    Builder() {}
  }
}
