/** TODO. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session.nativeapp;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
