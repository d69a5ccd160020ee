/**
 * Shapes that every API response shares: the success envelopes {@link
 * com.tripwirejs.model.common.Envelope} and {@link com.tripwirejs.model.common.ListEnvelope}, the
 * response metadata and cursor pagination.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.common;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
