/**
 * A fake Tripwire API for users' tests ({@link com.tripwirejs.testing.FakeTripwire}), and helpers
 * that mint what Tripwire sends a server: sealed tokens ({@link
 * com.tripwirejs.testing.SealedTokens}). Sign test webhooks with {@code
 * com.tripwirejs.webhooks.WebhookSigner}.
 */
@NullMarked
package com.tripwirejs.testing;

import org.jspecify.annotations.NullMarked;
