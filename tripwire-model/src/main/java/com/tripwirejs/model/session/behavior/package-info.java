/**
 * The behavior ledger of a session: how each form field was filled in (typed, pasted, autofilled,
 * at machine speed), an assessment of the whole, and how many fields were tracked. {@link
 * com.tripwirejs.model.session.behavior.SessionDetailBehavior} is what {@link
 * com.tripwirejs.model.session.SessionDetail#behavior()} returns for organizations with
 * behavior-ledger access.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session.behavior;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
