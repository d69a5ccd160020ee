/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.error;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
