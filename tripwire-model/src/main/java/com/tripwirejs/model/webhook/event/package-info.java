/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.webhook.event;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
