/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.organization;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
