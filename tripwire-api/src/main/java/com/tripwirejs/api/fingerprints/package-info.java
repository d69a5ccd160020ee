/** Visitor fingerprints: the durable identities Tripwire recognizes across sessions. */
@NullMarked
@TripwireStyle
package com.tripwirejs.api.fingerprints;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
