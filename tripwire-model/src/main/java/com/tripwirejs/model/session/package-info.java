/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
