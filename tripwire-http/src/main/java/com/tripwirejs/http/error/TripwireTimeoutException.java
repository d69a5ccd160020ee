package com.tripwirejs.http.error;

import com.tripwirejs.model.ServiceGeneration;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A call took longer than one of its timeouts allows. */
public final class TripwireTimeoutException extends TripwireConnectionException {

  private static final long serialVersionUID = 1L;

  /** The service, as the messages name it: {@code Foil API}. */
  private static final String API = ServiceGeneration.CURRENT.serviceName() + " API";

  /** Which timeout expired. */
  public enum Phase {
    /** Opening the connection took longer than the connect timeout; nothing was sent. */
    CONNECT,
    /** The response did not arrive, completely, within the response timeout of an attempt. */
    RESPONSE,
    /** The call, with all its attempts and retry delays, exceeded its overall timeout. */
    OVERALL
  }

  private final Phase phase;
  private final @Nullable Duration timeout;

  /**
   * Creates the exception.
   *
   * @param phase which timeout expired
   * @param timeout its configured value, when known
   * @param cause the underlying failure, or null
   */
  public TripwireTimeoutException(Phase phase, @Nullable Duration timeout, @Nullable Throwable cause) {
    super(describe(phase, timeout), phase != Phase.CONNECT, cause);
    this.phase = phase;
    this.timeout = timeout;
  }

  /**
   * Which timeout expired.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * The timeout that expired.
   *
   * @return its configured value, or null when the transport did not say
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  private static String describe(Phase phase, @Nullable Duration timeout) {
    String limit = timeout == null ? "" : " of " + timeout.toMillis() + " ms";
    switch (phase) {
      case CONNECT:
        return "Could not connect to the " + API + " within the connect timeout" + limit;
      case RESPONSE:
        return "No complete response from the " + API + " within the response timeout" + limit;
      default:
        return "The call to the " + API + " exceeded its overall timeout" + limit;
    }
  }
}
