/** Webhook endpoints of organizations, and the events delivered to them. */
@NullMarked
@TripwireStyle
package com.tripwirejs.api.webhooks;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
