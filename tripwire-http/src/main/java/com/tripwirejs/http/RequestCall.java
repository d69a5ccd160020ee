package com.tripwirejs.http;

import java.net.URI;
import java.time.Instant;

/**
 * One call of an API operation, as a {@link RequestListener} sees it when the call starts: what
 * {@link RequestListener#onCallStart(RequestCall)} is given, before the first attempt.
 *
 * <p>{@link #operation()}, {@link #method()} and {@link #pathTemplate()} are low-cardinality names
 * fit for metric tags; {@link #uri()} carries ids and query values and is not.
 *
 * @param operation the API operation, such as {@code getSession} (the operationId of the API
 *     reference)
 * @param method the HTTP method
 * @param pathTemplate the path with placeholders, such as {@code /v1/sessions/{sessionId}}
 * @param uri the full URI the call sends, ids and query included
 * @param async whether the call was made through the non-blocking API (its future), false for a
 *     blocking call
 * @param startedAt when the call started
 */
public record RequestCall(
    String operation,
    HttpMethod method,
    String pathTemplate,
    URI uri,
    boolean async,
    Instant startedAt) {}
