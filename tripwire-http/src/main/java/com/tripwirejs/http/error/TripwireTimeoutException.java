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
    OVERALL,
    /**
     * The call spent its overall timeout waiting for a free connection slot: every slot of the
     * client's bound ({@code maxConnections}) was taken by other calls the whole time. Nothing
     * was sent for the attempt that waited.
     */
    QUEUE
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
    this(phase, timeout, phase != Phase.CONNECT && phase != Phase.QUEUE, cause);
  }

  /**
   * Creates the exception, saying whether an earlier attempt of the call may have been sent.
   *
   * @param phase which timeout expired
   * @param timeout its configured value, when known
   * @param requestMayHaveBeenSent false only when no attempt of the call was sent
   * @param cause the underlying failure, or null
   */
  public TripwireTimeoutException(
      Phase phase,
      @Nullable Duration timeout,
      boolean requestMayHaveBeenSent,
      @Nullable Throwable cause) {
    super(describe(phase, timeout), requestMayHaveBeenSent, cause);
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
      case QUEUE:
        return "The call to the "
            + API
            + " waited for a free connection slot for its whole timeout"
            + limit
            + ": every slot of the client's bound was taken by other calls. Raise the bound with"
            + " maxConnections(...) on the client or transport builder, make fewer calls at once,"
            + " or give calls a longer timeout";
      default:
        return "The call to the " + API + " exceeded its overall timeout" + limit;
    }
  }
}
