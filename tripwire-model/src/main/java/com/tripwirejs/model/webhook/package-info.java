/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.webhook;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
