/** Organizations and their API keys. */
@NullMarked
@TripwireStyle
package com.tripwirejs.api.organizations;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
