package com.tripwirejs.api.contract;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One operation of the API as the contract suite exercises it: how to call it through the client
 * (blocking and non-blocking), and what must reach the server.
 *
 * @param operationId the operationId in openapi.json
 * @param method the HTTP method
 * @param specPath the path template as openapi.json writes it
 * @param path the path the call must request
 * @param query the query parameters the call must send, in order
 * @param requestSchema the component schema whose example is the request body, or null
 * @param authorization the expected Authorization header, or null for none
 * @param result how the typed result is compared: "object", "page", "list" or "none"
 * @param blocking the call through the blocking client
 * @param nonBlocking the call through the non-blocking client
 */
record ContractOperation(
    String operationId,
    String method,
    String specPath,
    String path,
    List<Map.Entry<String, String>> query,
    String requestSchema,
    String authorization,
    String result,
    Function<TripwireClient, Object> blocking,
    Function<TripwireAsyncClient, CompletableFuture<?>> nonBlocking) {}
