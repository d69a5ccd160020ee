/**
 * The Foil API client: {@link com.tripwirejs.api.TripwireClient} and its non-blocking twin
 * {@link com.tripwirejs.api.TripwireAsyncClient}, pages and auto-pagers.
 *
 * <p>Operations are grouped as the API reference groups them: {@code sessions()}, {@code
 * fingerprints()}, {@code organizations()} (with {@code apiKeys()}), {@code webhooks()} ({@code
 * endpoints()}, {@code events()}). Failures are the unchecked exceptions of {@link
 * com.tripwirejs.http.error}. Gate, which the current API no longer has, is the {@code
 * tripwire-gate} module: {@code TripwireGate.of(client)}.
 */
@NullMarked
package com.tripwirejs.api;

import org.jspecify.annotations.NullMarked;
