/**
 * Gate, Tripwire's agent provisioning: the public registry of services, the services an
 * organization manages, signup sessions that an agent opens and a person approves, agent tokens,
 * and dashboard login sessions.
 *
 * <p>A signup runs like this: an agent creates a Gate session for a service ({@link
 * com.tripwirejs.gate.model.CreateGateSessionRequest}) with the public key that outputs are to be
 * encrypted to, and gets a poll token and a consent URL ({@link
 * com.tripwirejs.gate.model.GateSessionCreate}). Once a person approves, Tripwire sends the service
 * a {@code gate.session.approved} webhook, the service answers with its encrypted outputs, and the
 * agent's poll returns them ({@link com.tripwirejs.gate.model.GateSessionPollData}); the agent then
 * acknowledges the delivery. The encrypted delivery types are in {@link
 * com.tripwirejs.gate.model.delivery}.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.gate.model;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
