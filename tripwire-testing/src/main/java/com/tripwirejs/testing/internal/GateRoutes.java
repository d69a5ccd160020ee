package com.tripwirejs.testing.internal;

import java.util.List;

/**
 * Gate's part of the fake's routes: the registry, the organization's services, signup sessions,
 * login sessions and agent tokens. Only a fake started with Gate loads this class and the classes
 * of {@code tripwire-gate} it uses.
 */
final class GateRoutes {

  private GateRoutes() {}

  static void register(FakeState state, RequestSchemas schemas, List<Route> routes) {
    new GateServiceRoutes(state, schemas).register(routes);
    new GateSessionRoutes(state, schemas).register(routes);
    new GateAccountRoutes(state, schemas).register(routes);
  }
}
