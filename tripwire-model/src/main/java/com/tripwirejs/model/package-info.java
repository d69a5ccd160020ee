/**
 * The typed model of the Tripwire API: immutable values for resources, request bodies, errors and
 * webhook events, and the types they share.
 *
 * <p>Subpackages mirror the API: {@code session}, {@code fingerprint}, {@code organization}, {@code
 * apikey}, {@code webhook}, {@code error} and {@code common}. {@link
 * com.tripwirejs.model.json.TripwireJson} reads and writes them. Gate's model, which the current
 * API no longer has, is in the {@code tripwire-gate} module.
 */
@NullMarked
package com.tripwirejs.model;

import org.jspecify.annotations.NullMarked;
