/**
 * Gate, Tripwire's agent provisioning: the public registry of services, the services an
 * organization manages, signup sessions that an agent opens and a person approves, agent tokens,
 * and dashboard login sessions.
 *
 * <p>A signup runs like this: an agent creates a Gate session for a service ({@link
 * com.tripwirejs.model.gate.CreateGateSessionRequest}) with the public key that outputs are to be
 * encrypted to, and gets a poll token and a consent URL ({@link
 * com.tripwirejs.model.gate.GateSessionCreate}). Once a person approves, Tripwire sends the service
 * a {@code gate.session.approved} webhook, the service answers with its encrypted outputs, and the
 * agent's poll returns them ({@link com.tripwirejs.model.gate.GateSessionPollData}); the agent then
 * acknowledges the delivery. The encrypted delivery types are in {@link
 * com.tripwirejs.model.gate.delivery}.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.gate;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
