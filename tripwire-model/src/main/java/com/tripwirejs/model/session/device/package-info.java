/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session.device;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
