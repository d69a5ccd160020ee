/**
 * The quickstart: a tour of the SDK, one small class per topic to read and copy.
 *
 * <ul>
 *   <li>{@link com.tripwirejs.examples.ListSessions}: every session, page after page, with
 *       auto-paging;
 *   <li>{@link com.tripwirejs.examples.ReadSession}: one session in detail, with its behavior
 *       ledger when the organization has one;
 *   <li>{@link com.tripwirejs.examples.AttachClientUser}: your own user id attached to a session,
 *       read back and cleared;
 *   <li>{@link com.tripwirejs.examples.ApiKeyLifecycle}: an API key created, revealed once,
 *       rotated and revoked;
 *   <li>{@link com.tripwirejs.examples.WebhookReceiver} and {@link
 *       com.tripwirejs.examples.WebhookRoundTrip}: a webhook endpoint whose signed deliveries a
 *       local handler verifies;
 *   <li>{@link com.tripwirejs.examples.VerifySealedToken}: sealed session tokens opened on the
 *       server while the secret key is rotated.
 * </ul>
 *
 * {@link com.tripwirejs.examples.Quickstart} strings them together, against a local fake API or,
 * with {@code FOIL_SECRET_KEY} (or {@code TRIPWIRE_SECRET_KEY}) set, read-only against the real one,
 * the Foil API.
 */
@NullMarked
package com.tripwirejs.examples;

import org.jspecify.annotations.NullMarked;
