/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.gate.delivery;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
