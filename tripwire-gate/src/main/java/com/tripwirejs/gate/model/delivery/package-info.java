/**
 * Gate delivery encryption on the wire: the delivery request in which an agent names the X25519
 * public key to encrypt to, and the envelopes (X25519, HKDF-SHA256, AES-256-GCM) that carry the
 * encrypted outputs. These types only hold the base64url text; encrypting and decrypting is the job
 * of the {@code tripwire-webhooks} module.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.gate.model.delivery;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
