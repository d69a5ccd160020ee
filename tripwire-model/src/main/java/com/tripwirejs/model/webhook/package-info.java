/**
 * Webhook endpoints of an organization, the events Tripwire records and their delivery attempts,
 * and the request bodies that create and update an endpoint. The events a receiver gets are in
 * {@link com.tripwirejs.model.webhook.event}.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.webhook;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
