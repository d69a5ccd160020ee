/**
 * Gate delivery encryption: X25519 key pairs for receiving deliveries ({@link
 * com.tripwirejs.webhooks.gate.GateDeliveryKeyPair}), encryption of outputs to a delivery request
 * ({@link com.tripwirejs.webhooks.gate.GateDelivery}), the checks and the response of the {@code
 * gate.session.approved} webhook ({@link com.tripwirejs.webhooks.gate.GateApprovedWebhook}) and the
 * environment-variable rules for delivered outputs ({@link
 * com.tripwirejs.webhooks.gate.GateEnvPolicy}).
 *
 * <p>The scheme is X25519, HKDF-SHA256 (info {@code tripwire-gate-delivery:v1}) and AES-256-GCM;
 * binary fields are base64url without padding.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.webhooks.gate;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
