package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** The browser storage mechanisms seen for a visitor. */
@Value.Immutable
public abstract class VisitorFingerprintStorage implements TripwireObject {

  /** {@return whether cookies were available} */
  @JsonProperty(value = "cookies", required = true)
  public abstract boolean cookies();

  /** {@return whether {@code localStorage} was available} */
  @JsonProperty(value = "local_storage", required = true)
  public abstract boolean localStorage();

  /** {@return whether IndexedDB was available} */
  @JsonProperty(value = "indexed_db", required = true)
  public abstract boolean indexedDb();

  /** {@return whether service workers were available} */
  @JsonProperty(value = "service_worker", required = true)
  public abstract boolean serviceWorker();

  /** {@return whether {@code window.name} could hold data} */
  @JsonProperty(value = "window_name", required = true)
  public abstract boolean windowName();

  // Only the implementation that Immutables generates in this package extends this class.
  VisitorFingerprintStorage() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintStorage} values. */
  public static final class Builder extends ImmutableVisitorFingerprintStorage.Builder {
    Builder() {}
  }
}
