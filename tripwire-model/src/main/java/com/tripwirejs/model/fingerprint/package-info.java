/**
 * Visitor fingerprints: the identity Tripwire gives a returning browser across sessions, with when
 * it was seen, the stable anchors and storage behind it, and the sessions it took part in.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.fingerprint;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
