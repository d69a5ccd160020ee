/**
 * The body of an API error: {@link com.tripwirejs.model.error.ApiErrorEnvelope} with the {@link
 * com.tripwirejs.model.error.PublicError} it carries, and the details of validation failures.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.error;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
