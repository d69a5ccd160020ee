/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.apikey;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
