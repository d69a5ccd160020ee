/** Shapes every API response shares: the success envelopes, response metadata and pagination. */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.common;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
