package com.tripwirejs.model.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Visitor Fingerprint Storage. */
@Value.Immutable
public abstract class VisitorFingerprintStorage implements TripwireObject {

  /**
   * Cookies.
   *
   * @return the cookies
   */
  @JsonProperty(value = "cookies", required = true)
  public abstract boolean cookies();

  /**
   * Local storage.
   *
   * @return the local storage
   */
  @JsonProperty(value = "local_storage", required = true)
  public abstract boolean localStorage();

  /**
   * Indexed db.
   *
   * @return the indexed db
   */
  @JsonProperty(value = "indexed_db", required = true)
  public abstract boolean indexedDb();

  /**
   * Service worker.
   *
   * @return the service worker
   */
  @JsonProperty(value = "service_worker", required = true)
  public abstract boolean serviceWorker();

  /**
   * Window name.
   *
   * @return the window name
   */
  @JsonProperty(value = "window_name", required = true)
  public abstract boolean windowName();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorFingerprintStorage} values. */
  public static final class Builder extends ImmutableVisitorFingerprintStorage.Builder {}
}
