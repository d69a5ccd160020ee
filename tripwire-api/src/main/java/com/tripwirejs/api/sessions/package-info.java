/** Sessions: the browser and app sessions Tripwire scored, with their decisions and evidence. */
@NullMarked
@TripwireStyle
package com.tripwirejs.api.sessions;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
