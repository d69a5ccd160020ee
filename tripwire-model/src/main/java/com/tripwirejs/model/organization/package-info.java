/**
 * Organizations: the account that owns sessions, visitor fingerprints, API keys and webhook
 * endpoints, and the request bodies that create and update one.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.organization;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
