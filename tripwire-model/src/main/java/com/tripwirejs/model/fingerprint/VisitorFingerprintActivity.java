package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;

/** The sessions a visitor took part in. */
@Value.Immutable
public abstract class VisitorFingerprintActivity implements TripwireObject {

  /** {@return the visitor's sessions} */
  @JsonProperty(value = "sessions", required = true)
  public abstract List<VisitorFingerprintActivitySession> sessions();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintActivity() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintActivity} values. */
  public static final class Builder extends ImmutableVisitorFingerprintActivity.Builder {
    Builder() {}
  }
}
