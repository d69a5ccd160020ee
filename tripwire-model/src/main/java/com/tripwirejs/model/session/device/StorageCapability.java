package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Storage Capability. */
@Value.Immutable
public abstract class StorageCapability implements TripwireObject {

  /**
   * Cookies.
   *
   * @return the cookies, or null
   */
  @JsonProperty(value = "cookies", required = true)
  public abstract @Nullable Boolean cookies();

  /**
   * Local storage.
   *
   * @return the local storage, or null
   */
  @JsonProperty(value = "local_storage", required = true)
  public abstract @Nullable Boolean localStorage();

  /**
   * Indexed db.
   *
   * @return the indexed db, or null
   */
  @JsonProperty(value = "indexed_db", required = true)
  public abstract @Nullable Boolean indexedDb();

  /**
   * Service worker.
   *
   * @return the service worker, or null
   */
  @JsonProperty(value = "service_worker", required = true)
  public abstract @Nullable Boolean serviceWorker();

  /**
   * Window name.
   *
   * @return the window name, or null
   */
  @JsonProperty(value = "window_name", required = true)
  public abstract @Nullable Boolean windowName();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StorageCapability} values. */
  public static final class Builder extends ImmutableStorageCapability.Builder {}
}
