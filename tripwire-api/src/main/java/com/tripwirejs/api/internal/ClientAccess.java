package com.tripwirejs.api.internal;

import com.tripwirejs.api.TripwireClient;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a client's caller for {@code com.tripwirejs.api.extension.ClientExtensions}: the client
 * keeps its caller private and hands this class the one function that reads it, when the client
 * class is initialized (before any client exists).
 */
public final class ClientAccess {

  private static volatile @Nullable Function<TripwireClient, ApiCaller> callers;

  private ClientAccess() {}

  /**
   * Installs the function that reads a client's caller; {@link TripwireClient} calls this once.
   *
   * @param reader reads a client's caller
   */
  public static synchronized void install(Function<TripwireClient, ApiCaller> reader) {
    if (callers != null) {
      throw new IllegalStateException("The client's caller reader is installed already");
    }
    callers = reader;
  }

  /**
   * The caller of a client.
   *
   * @param client the client, whose class is initialized since it exists
   * @return its caller
   */
  public static ApiCaller caller(TripwireClient client) {
    Function<TripwireClient, ApiCaller> reader = callers;
    if (reader == null) {
      throw new IllegalStateException("TripwireClient did not install its caller reader");
    }
    return reader.apply(client);
  }
}
