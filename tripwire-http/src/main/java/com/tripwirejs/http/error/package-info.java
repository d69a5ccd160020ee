/**
 * The SDK's exceptions: one unchecked hierarchy under {@link
 * com.tripwirejs.http.error.TripwireException}.
 *
 * <ul>
 *   <li>{@link com.tripwirejs.http.error.TripwireApiException} and its subclasses: the API answered
 *       with an error status; they carry the status, the error code, the request id, field errors,
 *       the docs URL and the raw body.
 *   <li>{@link com.tripwirejs.http.error.TripwireConnectionException} and {@link
 *       com.tripwirejs.http.error.TripwireTimeoutException}: no complete response arrived (a
 *       timeout says which: connecting, the response, the whole call, or the wait for a free
 *       connection slot). Its subclass {@link com.tripwirejs.http.error.TripwireNetworkException}
 *       says when the network refused the connection as configured: the proxy refused the
 *       credentials or could not be reached, the server certificate is not trusted, or the server
 *       refused the client certificate ({@code NetworkSettings} holds those settings).
 *   <li>{@link com.tripwirejs.http.error.TripwireResponseTooLargeException}: the response body was
 *       larger than the client accepts; it was not read.
 *   <li>{@link com.tripwirejs.http.error.TripwireInterruptedException}: the thread blocked in the
 *       call was interrupted; the call was abandoned.
 *   <li>{@link com.tripwirejs.http.error.TripwireInvalidResponseException}: a success status with a
 *       body that is not the JSON the API documents.
 *   <li>{@link com.tripwirejs.http.error.TripwireConfigurationException}: the client cannot make
 *       the call as configured (no secret key, no token).
 * </ul>
 *
 * <p>No message or {@code toString()} contains a secret key, a token or a request body.
 *
 * @serial exclude
 */
@NullMarked
package com.tripwirejs.http.error;

import org.jspecify.annotations.NullMarked;
