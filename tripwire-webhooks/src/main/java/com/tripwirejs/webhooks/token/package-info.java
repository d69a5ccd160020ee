/**
 * Sealed session tokens: the encrypted verification result the browser SDK hands to a server,
 * verified with the organization's secret key (or the keys of a rotation) by {@link
 * com.tripwirejs.webhooks.token.SealedTokenVerifier} into a typed {@link
 * com.tripwirejs.webhooks.token.SessionVerification}.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.webhooks.token;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
