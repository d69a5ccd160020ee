/**
 * Spring Boot auto-configuration of the Tripwire SDK: {@link
 * com.tripwirejs.spring.boot.TripwireAutoConfiguration} makes the client from the {@code
 * tripwire.*} properties ({@link com.tripwirejs.spring.boot.TripwireProperties}); the {@code
 * webhooks} package receives verified webhook events in controllers.
 */
@NullMarked
package com.tripwirejs.spring.boot;

import org.jspecify.annotations.NullMarked;
