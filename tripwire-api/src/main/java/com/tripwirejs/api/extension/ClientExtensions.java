package com.tripwirejs.api.extension;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.ClientAccess;
import java.util.Objects;

/**
 * The hook through which the SDK's own extension modules, such as {@code tripwire-gate}, add
 * operations to a {@link TripwireClient}: it gives them the client's request pipeline with the
 * client's options, so that their calls share its connections, credentials, retries, timeouts and
 * listeners.
 *
 * <p>For the SDK's own extension modules only. What it returns is an implementation type of {@code
 * tripwire-api} that may change in any release; the modules that use it are released with the same
 * version (see {@code tripwire-bom}). Applications call the operations those modules offer, such as
 * {@code TripwireGate.of(client)}, and never this class.
 */
public final class ClientExtensions {

  private ClientExtensions() {}

  /**
   * The caller that runs operations for {@code client}: its pipeline, with the options of {@code
   * client} (a view made by {@link TripwireClient#withOptions} carries its own).
   *
   * @param client the client to add operations to
   * @return the client's caller
   */
  public static ApiCaller caller(TripwireClient client) {
    return ClientAccess.caller(Objects.requireNonNull(client, "client"));
  }
}
