/** Visitor fingerprints: the durable identities Foil recognizes across sessions. */
@NullMarked
@TripwireStyle
package com.tripwirejs.api.fingerprints;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
