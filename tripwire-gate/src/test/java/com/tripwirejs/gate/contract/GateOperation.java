package com.tripwirejs.gate.contract;

import com.tripwirejs.gate.AsyncTripwireGate;
import com.tripwirejs.gate.TripwireGate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One Gate operation as the contract suite exercises it: how to call it (blocking and
 * non-blocking), and what must reach the server.
 *
 * @param operationId the operationId in openapi.json
 * @param method the HTTP method, lower case as openapi.json writes it
 * @param specPath the path template as openapi.json writes it
 * @param path the path the call must request
 * @param requestSchema the component schema whose example is the request body, or null
 * @param authorization the expected Authorization header, or null for none
 * @param result how the typed result is compared: "object", "list" or "none"
 * @param blocking the call through {@link TripwireGate}
 * @param nonBlocking the call through {@link AsyncTripwireGate}
 */
record GateOperation(
    String operationId,
    String method,
    String specPath,
    String path,
    String requestSchema,
    String authorization,
    String result,
    Function<TripwireGate, Object> blocking,
    Function<AsyncTripwireGate, CompletableFuture<?>> nonBlocking) {
  @Override
  public String toString() {
    return operationId;
  }
}
