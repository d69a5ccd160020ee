/**
 * The webhook events Tripwire delivers, as a receiver reads them: the sealed {@link
 * com.tripwirejs.model.webhook.event.WebhookEvent} with one variant per event type, and their
 * payloads. An event type added after this SDK version reads as {@link
 * com.tripwirejs.model.webhook.event.UnknownWebhookEvent}.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.webhook.event;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
