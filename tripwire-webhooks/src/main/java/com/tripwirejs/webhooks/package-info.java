/**
 * Receiving Tripwire webhooks: {@link com.tripwirejs.webhooks.WebhookVerifier} checks the
 * signature and timestamp of a delivery and reads its body into a typed {@link
 * com.tripwirejs.model.webhook.event.WebhookEvent}; {@link com.tripwirejs.webhooks.WebhookSigner}
 * signs bodies for tests.
 *
 * <p>Subpackage {@code token} verifies sealed session tokens from the browser SDK. Gate deliveries
 * and the {@code gate.session.approved} webhook are in the {@code tripwire-gate} module.
 */
@NullMarked
package com.tripwirejs.webhooks;

import org.jspecify.annotations.NullMarked;
