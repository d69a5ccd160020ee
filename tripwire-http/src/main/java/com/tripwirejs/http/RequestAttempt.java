package com.tripwirejs.http;

import java.net.URI;
import java.time.Instant;

/**
 * One attempt of a call, as a {@link RequestListener} sees it.
 *
 * @param operation the API operation, such as {@code getSession} (the operationId of the API
 *     reference)
 * @param method the HTTP method
 * @param pathTemplate the path with placeholders, such as {@code /v1/sessions/{sessionId}}: a
 *     low-cardinality name for metrics
 * @param uri the full URI sent, ids and query included
 * @param attempt the attempt number, 1 for the first
 * @param startedAt when the attempt started
 */
public record RequestAttempt(
    String operation,
    HttpMethod method,
    String pathTemplate,
    URI uri,
    int attempt,
    Instant startedAt) {}
