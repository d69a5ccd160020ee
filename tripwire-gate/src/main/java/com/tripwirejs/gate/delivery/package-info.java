/**
 * Gate delivery encryption: X25519 key pairs for receiving deliveries ({@link
 * com.tripwirejs.gate.delivery.GateDeliveryKeyPair}), encryption of outputs to a delivery request
 * ({@link com.tripwirejs.gate.delivery.GateDelivery}), the checks and the response of the {@code
 * gate.session.approved} webhook ({@link com.tripwirejs.gate.delivery.GateApprovedWebhook}) and the
 * environment-variable rules for delivered outputs ({@link
 * com.tripwirejs.gate.delivery.GateEnvPolicy}).
 *
 * <p>The scheme is X25519, HKDF-SHA256 and AES-256-GCM; binary fields are base64url without
 * padding. The HKDF info names the generation of the API: envelopes this encrypts use Foil's
 * ({@code foil-gate-delivery:v1}); decryption accepts Foil's and, when that does not authenticate,
 * Tripwire's ({@code tripwire-gate-delivery:v1}), so deliveries of either generation decrypt.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.gate.delivery;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
