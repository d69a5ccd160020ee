package com.tripwirejs.spring.boot.webhooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method parameter that receives a verified webhook event. The parameter's
 * type is {@link com.tripwirejs.model.webhook.event.WebhookEvent}.
 *
 * <pre>{@code
 * @RestController
 * class FoilWebhooks {
 *   @PostMapping("/webhooks/foil")
 *   void receive(@TripwireWebhook WebhookEvent event) {
 *     if (event instanceof SessionResultPersistedEvent persisted) {
 *       ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Before the method is called, the request body is read as raw bytes (no message converter
 * sees it first), at most {@code tripwire.webhooks.max-body-size} of them, and verified with the
 * application's {@link com.tripwirejs.webhooks.WebhookVerifier} (made from {@code
 * tripwire.webhooks.signing-secrets}). A delivery that fails verification never reaches the
 * method: the request is answered 400 through a {@link TripwireWebhookRejectedException}, a body
 * over the limit 413. Do not combine it with {@code @RequestBody} on the same method: only one of
 * them can read the body.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TripwireWebhook {}
