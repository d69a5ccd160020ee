/**
 * Verified webhook events in Spring MVC and WebFlux controllers: annotate a {@link
 * com.tripwirejs.model.webhook.event.WebhookEvent} parameter with {@link
 * com.tripwirejs.spring.boot.webhooks.TripwireWebhook}.
 */
@NullMarked
package com.tripwirejs.spring.boot.webhooks;

import org.jspecify.annotations.NullMarked;
