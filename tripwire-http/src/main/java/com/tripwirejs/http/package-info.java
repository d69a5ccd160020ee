/**
 * How the SDK talks HTTP: the {@link com.tripwirejs.http.HttpTransport} SPI and the value types it
 * exchanges, the {@link com.tripwirejs.http.RetryPolicy}, and the {@link
 * com.tripwirejs.http.RequestListener} hook that sees every call ({@link
 * com.tripwirejs.http.CallListener}) and every attempt.
 *
 * <p>Two transports ship: {@link com.tripwirejs.http.apache.ApacheHttpTransport} (the default,
 * pooled) and {@link com.tripwirejs.http.jdk.JdkHttpTransport}. Errors are the unchecked {@link
 * com.tripwirejs.http.error.TripwireException} hierarchy.
 */
@NullMarked
package com.tripwirejs.http;

import org.jspecify.annotations.NullMarked;
