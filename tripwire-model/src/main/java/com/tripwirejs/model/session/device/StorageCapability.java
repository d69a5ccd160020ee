package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Which storage mechanisms a browser makes available. */
@Value.Immutable
public abstract class StorageCapability implements TripwireObject {

  /** {@return whether cookies are available} Null when it was not reported. */
  @JsonProperty(value = "cookies", required = true)
  public abstract @Nullable Boolean cookies();

  /** {@return whether {@code localStorage} is available} Null when it was not reported. */
  @JsonProperty(value = "local_storage", required = true)
  public abstract @Nullable Boolean localStorage();

  /** {@return whether IndexedDB is available} Null when it was not reported. */
  @JsonProperty(value = "indexed_db", required = true)
  public abstract @Nullable Boolean indexedDb();

  /** {@return whether service workers are available} Null when it was not reported. */
  @JsonProperty(value = "service_worker", required = true)
  public abstract @Nullable Boolean serviceWorker();

  /** {@return whether {@code window.name} can hold data} Null when it was not reported. */
  @JsonProperty(value = "window_name", required = true)
  public abstract @Nullable Boolean windowName();

  // Only the implementation that Immutables generates in this package extends this class.
  StorageCapability() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StorageCapability} values. */
  public static final class Builder extends ImmutableStorageCapability.Builder {
    Builder() {}
  }
}
