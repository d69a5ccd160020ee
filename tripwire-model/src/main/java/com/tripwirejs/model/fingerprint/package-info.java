/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.fingerprint;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
