/**
 * Sessions: what Tripwire concluded about one visit to a protected page or app, and the evidence
 * behind it. {@link com.tripwirejs.model.session.SessionSummary} is an item of the session list,
 * {@link com.tripwirejs.model.session.SessionDetail} the full record of one session; the network,
 * device and native app evidence is in the {@code network}, {@code device} and {@code nativeapp}
 * subpackages.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
