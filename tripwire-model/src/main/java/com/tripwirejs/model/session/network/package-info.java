/**
 * The network evidence of a session: the IP address and its location, routing, anonymity and
 * reputation, and the TLS (JA4) and HTTP/2 fingerprints of the connection.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session.network;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
